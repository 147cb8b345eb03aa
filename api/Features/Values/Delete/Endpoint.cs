using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Values.Delete;

public sealed class Endpoint(WriteScopes writes, SingleValueWrite checks, CatalogueCache catalogues) : Endpoint<ValueKey>
{
    public override void Configure()
    {
        Delete("/api/values/{code}/{area}/{period}/{sex}");
        Roles(Identity.Roles.Statistics, Identity.Roles.Admin, Identity.Roles.Department);
        Description(d => d
            .WithName("DeleteValue")
            .WithTags("Values")
            .WithSummary("Xóa một giá trị / Delete one value")
            .WithDescription("Soft delete: needs If-Match with the current ETag (428 without, 412 when stale); the deletion and the value before it stay in history. Same rights as PUT.")
            .ProducesHeaders(StatusCodes.Status204NoContent, ApiHeaders.ETag)
            .AcceptsHeader(ApiHeaders.IfMatch)
            .ProducesProblems(401, 403, 404, 409)
            .ProducesProblems<ValueConflictProblem>(412, 428));
    }

    public override async Task HandleAsync(ValueKey req, CancellationToken ct)
    {
        var key = req.Normalized().In(await catalogues.GetAsync());
        await using var work = await writes.BeginAsync(ct);
        var write = await checks.PrepareAsync(work, HttpContext, key, value: null, note: null, ct);
        if (write.Result is not null)
        {
            await Send.ResultAsync(write.Result);
            return;
        }

        if (write.Current is not { Deleted: 0 } current)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có giá trị {key.Code} cho {key.Area}, kỳ {key.Period}.", $"No value of {key.Code} for {key.Area}, {key.Period}."));
            return;
        }

        if (!await ValueStore.ReplaceAsync(work.Connection, work.Transaction, key, current.Version, current.Value, current.Note, deleted: true, write.Write, ct))
        {
            await Send.ResultAsync(TypedResults.Problem(statusCode: 412, detail: Problems.Bilingual("Giá trị vừa bị thay đổi.", "The value changed meanwhile.")));
            return;
        }

        await work.CommitAsync();
        HttpContext.Response.Headers.ETag = ValueStore.ETagOf(current.Version + 1);
        await Send.NoContentAsync(ct);
    }
}
