using EqualityTracker.Api.Common;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Me.Get;

public sealed class Endpoint : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/me");
        Description(d => d
            .WithName("GetMe")
            .WithTags("Auth")
            .WithSummary("Người đang đăng nhập / The signed-in user")
            .WithDescription("The role, agency and area carried by the bearer token.")
            .ProducesProblems(401));
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(Response.From(User), ct);
}
