using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Uploads.List;

/// <summary>A recorded upload: who sent which file when, and what it did.</summary>
public sealed class Response
{
    public required int Id { get; init; }
    public required string FileName { get; init; }
    public required string UploadedBy { get; init; }

    /// <summary>ISO-8601 instant (UTC).</summary>
    public required string UploadedAt { get; init; }

    public required bool DryRun { get; init; }
    [Vocabulary(typeof(UploadStatuses))]
    public required string Status { get; init; }
    public required int Rows { get; init; }
    public required int Inserted { get; init; }
    public required int Updated { get; init; }
    public required int Unchanged { get; init; }
    public required int Rejected { get; init; }
    public required int Flagged { get; init; }
    public required int Blank { get; init; }
}
