using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Identity;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Values.Put;

public sealed class Endpoint(SingleValueWrite writes, DataVersion data) : Endpoint<Request, ValueResponse>
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
            .ProducesProblems(400, 401, 403, 409, 412, 428));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        if (req.Value is null)
        {
            ThrowError(r => r.Value, Problems.Bilingual("Cần nhập giá trị (value).", "value is required."));
        }

        await using var write = await writes.PrepareAsync(HttpContext, req, req.Value, req.Note, ct);
        if (write.Result is not null)
        {
            await Send.ResultAsync(write.Result);
            return;
        }

        var note = string.IsNullOrWhiteSpace(req.Note) ? null : req.Note.Trim();
        var created = write.Current is null or { Deleted: not 0 };
        if (write.Current is { Deleted: 0 } current && current.Value == req.Value && current.Note == note)
        {
            HttpContext.Response.Headers.ETag = ValueStore.ETagOf(current.Version);
            await Send.OkAsync(current.ToResponse(), ct);
            return;
        }

        if (write.Current is null)
        {
            await ValueStore.InsertAsync(write.Connection, write.Transaction, req, req.Value.Value, note, write.Write, ct);
        }
        else if (!await ValueStore.ReplaceAsync(write.Connection, write.Transaction, req, write.Current.Version, req.Value.Value, note, deleted: false, write.Write, ct))
        {
            await Send.ResultAsync(TypedResults.Problem(statusCode: 412, detail: Problems.Bilingual("Giá trị vừa bị thay đổi.", "The value changed meanwhile.")));
            return;
        }

        var stored = (await ValueStore.CurrentAsync(write.Connection, write.Transaction, req, ct))!;
        await write.Transaction.CommitAsync(ct);
        data.Bump();
        HttpContext.Response.Headers.ETag = ValueStore.ETagOf(stored.Version);
        if (created)
        {
            await Send.CreatedAtAsync<Get.Endpoint>(new { req.Code, req.Area, req.Period, req.Sex }, stored.ToResponse(), cancellation: ct);
        }
        else
        {
            await Send.OkAsync(stored.ToResponse(), ct);
        }
    }
}
