using EqualityTracker.Api.Shapes;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Values.Get;

public sealed class Endpoint(Database database, CatalogueCache catalogues) : Endpoint<ValueKey, ValueResponse>
{
    public override void Configure()
    {
        Get("/api/values/{code}/{area}/{period}/{sex}");
        Description(d => d
            .WithName("GetValue")
            .WithTags("Values")
            .WithSummary("Một giá trị / One value")
            .WithDescription("The value with its state and version; the ETag header carries the version to send in If-Match when changing it. An approved value is open to every signed-in user, without its note and who entered it; a value not yet approved, and those details, are for the coordinator and the statistics office of the area and the agency that entered it (403 otherwise).")
            .ProducesHeaders(StatusCodes.Status200OK, ApiHeaders.ETag)
            .ProducesProblems(401, 403, 404));
    }

    public override async Task HandleAsync(ValueKey asked, CancellationToken ct)
    {
        var req = asked.In(await catalogues.GetAsync());
        await using var connection = await database.OpenAsync(ct);
        var current = await ValueStore.CurrentAsync(connection, null, req, ct);
        if (current is null || current.Deleted != 0)
        {
            await Send.ResultAsync(Problems.NotFound(
                $"Chưa có giá trị {req.Code} cho {req.Area}, kỳ {req.Period}, giới tính {req.Sex}.", $"No value of {req.Code} for {req.Area}, {req.Period}, sex {req.Sex}."));
            return;
        }

        var details = ReadScope.SeesDetails(User, await catalogues.GetAsync(), current.Area, await ValueStore.WriterAgencyAsync(connection, current.EnteredBy, ct));
        if (!details && current.State != ReviewStates.Approved)
        {
            await Send.ResultAsync(ValueStore.DetailsForbidden());
            return;
        }

        var answer = current.ToResponse();
        HttpContext.Response.Headers.ETag = ValueStore.ETagOf(current.Version);
        await Send.OkAsync(details ? answer : answer.WithoutDetails(), ct);
    }
}
