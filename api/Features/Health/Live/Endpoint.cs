using EqualityTracker.Api.Common;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Health.Live;

public sealed class Endpoint : EndpointWithoutRequest<HealthResponse>
{
    public override void Configure()
    {
        Get("/health/live");
        AllowAnonymous();
        Description(d => d
            .WithName("Live")
            .WithTags("Health")
            .WithSummary("Tiến trình đang chạy / The process is up")
            .WithDescription("Answers 200 while the process runs; it does not touch the database.")
            .WithMetadata(PipelineResponsesFilter.NoDatabase));
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(new HealthResponse { Status = "live" }, ct);
}
