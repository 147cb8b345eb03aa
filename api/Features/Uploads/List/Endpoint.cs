using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Uploads.List;

public sealed class Endpoint(Database database) : EndpointWithoutRequest<IReadOnlyList<Response>>
{
    private const string Sql = """
        SELECT id AS Id, file_name AS FileName, uploaded_by AS UploadedBy, uploaded_at AS UploadedAt,
               CASE WHEN dry_run = 1 THEN 1 ELSE 0 END AS DryRunFlag, status AS Status, row_count AS Rows,
               inserted AS Inserted, updated AS Updated, unchanged AS Unchanged, rejected AS Rejected,
               flagged AS Flagged, blank AS Blank
        FROM uploads
        ORDER BY id DESC
        """;

    public override void Configure()
    {
        Get("/api/uploads");
        Roles(Identity.Roles.Statistics, Identity.Roles.Admin);
        Description(d => d
            .WithName("ListUploads")
            .WithTags("Uploads")
            .WithSummary("Lịch sử tải lên / Upload history")
            .WithDescription("Every upload, dry runs and rejected ones included, newest first: who, when, which file, and its summary.")
            .ProducesProblems(401, 403));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, cancellationToken: ct));
        await Send.OkAsync(rows.Select(r => new Response
        {
            Id = r.Id, FileName = r.FileName, UploadedBy = r.UploadedBy, UploadedAt = InstantText.Parse(r.UploadedAt).ToString(),
            DryRun = r.DryRunFlag == 1, Status = r.Status, Rows = r.Rows, Inserted = r.Inserted, Updated = r.Updated,
            Unchanged = r.Unchanged, Rejected = r.Rejected, Flagged = r.Flagged, Blank = r.Blank,
        }).ToList(), ct);
    }

    private sealed class Row
    {
        public int Id { get; init; }
        public string FileName { get; init; } = "";
        public string UploadedBy { get; init; } = "";
        public string UploadedAt { get; init; } = "";
        public long DryRunFlag { get; init; }
        public string Status { get; init; } = "";
        public int Rows { get; init; }
        public int Inserted { get; init; }
        public int Updated { get; init; }
        public int Unchanged { get; init; }
        public int Rejected { get; init; }
        public int Flagged { get; init; }
        public int Blank { get; init; }
    }
}
