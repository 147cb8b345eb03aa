using System.ComponentModel.DataAnnotations;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using FastEndpoints;
using FluentValidation;
using NodaTime;

namespace EqualityTracker.Api.Features.Reopenings.Create;

public sealed class Request
{
    public string Plan { get; init; } = "";
    [RegularExpression(Domain.Period.IdPattern)]
    public string Period { get; init; } = "";
    public string Agency { get; init; } = "";

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Plan).NotEmpty().WithMessage(Problems.Bilingual("Cần chọn kế hoạch.", "plan is required."));
            RuleFor(r => r.Agency).NotEmpty().WithMessage(Problems.Bilingual("Cần chọn cơ quan.", "agency is required."));
            RuleFor(r => r.Period).Must(p => Domain.Period.TryParse(p, out _))
                .WithMessage(Problems.Bilingual("'period' phải là mã kỳ như 2025.", "period must be a period id such as 2025."));
        }
    }
}

public sealed class Response
{
    public required string Plan { get; init; }
    [RegularExpression(Domain.Period.IdPattern)]
    public required string Period { get; init; }
    public required string Agency { get; init; }

    /// <summary>How many approved or submitted values became drafts again.</summary>
    public required int Reopened { get; init; }
}

public sealed class Endpoint(WriteScopes writes, IClock clock, CatalogueCache catalogues) : Endpoint<Request, Response>
{
    private const string ExistsSql = """
        SELECT (SELECT COUNT(*) FROM plans WHERE code = @Plan AND status = 'issued') AS Plans, (SELECT COUNT(*) FROM agencies WHERE code = @Agency) AS Agencies,
               (SELECT area_code FROM plans WHERE code = @Plan AND status = 'issued') AS PlanArea
        """;

    private const string ForgetSql = "DELETE FROM period_reopenings WHERE plan_code = @Plan AND period = @Period AND agency_code = @Agency";

    private const string InsertSql = """
        INSERT INTO period_reopenings (plan_code, period, agency_code, reopened_by, reopened_at)
        VALUES (@Plan, @Period, @Agency, @By, @At)
        """;

    private const string AreasSql = "SELECT DISTINCT area_code FROM submissions WHERE plan_code = @Plan AND period = @Period AND agency_code = @Agency";

    public override void Configure()
    {
        Post("/api/reopenings");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("ReopenPeriod")
            .WithTags("Review")
            .WithSummary("Mở lại kỳ cho một cơ quan / Reopen a period for one agency")
            .WithDescription("The coordinating department lets one agency change a plan period's values again: past the lock date, and its approved or submitted values become drafts.")
            .ProducesProblems(400, 401, 403, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var work = await writes.BeginAsync(ct);
        var (connection, transaction) = (work.Connection, work.Transaction);
        var exists = await connection.QuerySingleAsync<Counts>(new CommandDefinition(ExistsSql, new { req.Plan, req.Agency }, transaction, cancellationToken: ct));
        if (exists.Plans == 0 || exists.Agencies == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch '{req.Plan}' hoặc cơ quan '{req.Agency}'.", $"No plan '{req.Plan}' or agency '{req.Agency}'."));
            return;
        }

        var catalogue = await catalogues.GetAsync();
        if (!UserScope.Covers(catalogue, User, exists.PlanArea!))
        {
            await Send.ResultAsync(TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không được phép / Forbidden",
                detail: Problems.Bilingual($"Kế hoạch {req.Plan} do địa bàn {exists.PlanArea} ban hành, ngoài địa bàn của bạn.", $"Plan {req.Plan} was issued by area {exists.PlanArea}, outside your area.")));
            return;
        }

        var row = new { req.Plan, req.Period, req.Agency, By = User.Username(), At = InstantText.Format(clock.GetCurrentInstant()) };
        await connection.ExecuteAsync(new CommandDefinition(ForgetSql, row, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, row, transaction, cancellationToken: ct));
        var fields = await AgencyFields.LeadAsync(connection, transaction, catalogue, req.Plan, req.Agency, ct);
        var reopened = 0;
        foreach (var area in await connection.QueryAsync<string>(new CommandDefinition(AreasSql, row, transaction, cancellationToken: ct)))
        {
            reopened += await AgencyFields.SetStateAsync(connection, transaction, fields, area, req.Period, ReviewWorkflow.Reopen.From, ReviewWorkflow.Reopen.To, ct);
            work.Changes.Key(area, req.Period);
        }

        await work.CommitAsync();
        await Send.OkAsync(new Response { Plan = req.Plan, Period = req.Period, Agency = req.Agency, Reopened = reopened }, ct);
    }

    private sealed class Counts
    {
        public int Plans { get; init; }
        public int Agencies { get; init; }
        public string? PlanArea { get; init; }
    }
}
