using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Values.History;

/// <summary>One create, change or delete of a value.</summary>
public sealed class Response
{
    public required int Version { get; init; }

    /// <summary><c>create</c>, <c>update</c> or <c>delete</c>.</summary>
    public required string Action { get; init; }

    public double? OldValue { get; init; }
    public double? NewValue { get; init; }
    public string? Note { get; init; }
    public required string By { get; init; }
    public required NodaTime.Instant At { get; init; }

    /// <summary>The upload that made the change, if it came by upload.</summary>
    public int? UploadId { get; init; }

    /// <summary>The request that made the change, if it came by form (the trace id in logs and problem details).</summary>
    public string? RequestId { get; init; }
}

public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<ValueKey, IReadOnlyList<Response>>
{
    public override void Configure()
    {
        Get("/api/values/{code}/{area}/{period}/{sex}/history");
        Description(d => d
            .WithName("GetValueHistory")
            .WithTags("Values")
            .WithSummary("Lịch sử một giá trị / A value's history")
            .WithDescription("Every create, change and delete, by form or by upload, newest first: who, when, old and new value, note, and the upload or request. History cannot be changed through the API. For the coordinator and the statistics office of the area and the agency that entered the value (403 otherwise).")
            .ProducesProblems(401, 403, 404));
    }

    public override async Task HandleAsync(ValueKey asked, CancellationToken ct)
    {
        var req = asked.In(await catalogues.GetAsync());
        await using var connection = await database.OpenAsync(ct);
        var versions = await ValueStore.VersionsAsync(connection, req, ct);
        if (versions.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound(
                $"Chưa từng có giá trị {req.Code} cho {req.Area}, kỳ {req.Period}, giới tính {req.Sex}.", $"{req.Code} for {req.Area}, {req.Period}, sex {req.Sex} never had a value."));
            return;
        }

        var catalogue = await catalogues.GetAsync();
        var sees = false;
        foreach (var writer in versions.Select(v => v.EnteredBy).Distinct())
        {
            sees = sees || ReadScope.SeesDetails(User, catalogue, req.Area, await ValueStore.WriterAgencyAsync(connection, writer, ct));
        }

        if (!sees)
        {
            await Send.ResultAsync(ValueStore.DetailsForbidden());
            return;
        }

        var events = ValueVersions.Events(versions).Reverse().Select(e => new Response
        {
            Version = e.Version, Action = e.Action, OldValue = e.OldValue, NewValue = e.NewValue, Note = e.Note, By = e.By,
            At = InstantText.Parse(e.At), UploadId = e.UploadId, RequestId = e.RequestId,
        }).ToList();
        await Send.OkAsync(events, ct);
    }
}
