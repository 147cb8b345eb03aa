using EqualityTracker.Api.Shapes;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Identity;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Values.Put;

public sealed class Endpoint(WriteScopes writes, SingleValueWrite checks, CatalogueCache catalogues) : Endpoint<Request, ValueResponse>
{
    public override void Configure()
    {
        Put("/api/values/{code}/{area}/{period}/{sex}");
        Roles(Identity.Roles.Statistics, Identity.Roles.Admin, Identity.Roles.Department);
        Description(d => d
            .WithName("PutValue")
            .WithTags("Values")
            .WithSummary("Nhập hoặc sửa một giá trị / Enter or change one value")
            .WithDescription(
                "JSON {value, note}. Creates the value (201), or changes it (200) when If-Match carries its current ETag: " +
                "without If-Match 428, with a stale ETag 412 — both with the current value in 'current'. A department writes " +
                "only the values behind targets its agency leads, for its own area and those below it (403 otherwise), and " +
                "not once submitted, approved or the period locked (409). Every change is kept in the value's history.")
            .Produces<ValueResponse>(StatusCodes.Status200OK)
            .Produces<ValueResponse>(StatusCodes.Status201Created)
            .ProducesHeaders(StatusCodes.Status200OK, ApiHeaders.ETag)
            .ProducesHeaders(StatusCodes.Status201Created, ApiHeaders.ETag, ApiHeaders.Location)
            .AcceptsHeader(ApiHeaders.IfMatch)
            .ProducesProblems(400, 401, 403, 409)
            .ProducesProblems<ValueConflictProblem>(412, 428));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        if (req.Value is null)
        {
            ThrowError(r => r.Value, Problems.Bilingual("Cần nhập giá trị (value).", "value is required."));
        }

        var key = req.Normalized().In(await catalogues.GetAsync());
        var value = req.Value.Value;
        var note = string.IsNullOrWhiteSpace(req.Note) ? null : req.Note.Trim();
        await using var work = await writes.BeginAsync(ct);
        var write = await checks.PrepareAsync(work, HttpContext, key, value, note, ct);
        if (write.Result is not null)
        {
            await Send.ResultAsync(write.Result);
            return;
        }

        var created = write.Current is null or { Deleted: not 0 };
        if (write.Current is { Deleted: 0 } current && current.Value == value && current.Note == note)
        {
            HttpContext.Response.Headers.ETag = ValueStore.ETagOf(current.Version);
            await Send.OkAsync(current.ToResponse(), ct);
            return;
        }

        if (write.Current is null)
        {
            await ValueStore.InsertAsync(work.Connection, work.Transaction, key, value, note, write.Write, ct);
        }
        else if (!await ValueStore.ReplaceAsync(work.Connection, work.Transaction, key, write.Current.Version, value, note, deleted: false, write.Write, ct))
        {
            await Send.ResultAsync(TypedResults.Problem(statusCode: 412, detail: Problems.Bilingual("Giá trị vừa bị thay đổi.", "The value changed meanwhile.")));
            return;
        }

        var stored = (await ValueStore.CurrentAsync(work.Connection, work.Transaction, key, ct))!;
        await work.CommitAsync();
        HttpContext.Response.Headers.ETag = ValueStore.ETagOf(stored.Version);
        if (created)
        {
            await Send.ResultAsync(TypedResults.Created(ValueStore.PathOf(key), stored.ToResponse()));
        }
        else
        {
            await Send.OkAsync(stored.ToResponse(), ct);
        }
    }
}
