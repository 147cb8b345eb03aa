using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using Dapper;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Copy;

public sealed class Endpoint(WriteScopes writes, CatalogueCache catalogues, IClock clock) : Endpoint<Request, PlanDraftResponse>
{
    private const string PlanExistsSql = "SELECT COUNT(*) FROM plans WHERE code = @NewCode";

    public override void Configure()
    {
        Post("/api/plans/{code}/copy");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("CopyPlan")
            .WithTags("Plans")
            .WithSummary("Sao chép thành kế hoạch kỳ sau / Copy as next plan")
            .WithDescription(
                "JSON {newCode, startYear, endYear, area, titleVi, titleEn}: a new draft from the issued version of this plan, moved to the new " +
                "period — targets' years, activity dates and budget years shift by the difference of the start years (2021–2025 → 2026–2030: " +
                "2025 → 2030), a year past the new end is put at the end; baselines and printed budget totals are cleared (the new plan's baseline " +
                "is its first year's data); titles get the new period. Same objectives, indicators, bodies, calendar and duties, same plan implemented.")
            .Produces<PlanDraftResponse>(StatusCodes.Status201Created)
            .ProducesHeaders(StatusCodes.Status201Created, ApiHeaders.ETag, ApiHeaders.Location)
            .ProducesProblems(400, 401, 403, 404, 409));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var work = await writes.BeginAsync(ct);
        var catalogue = await catalogues.GetAsync();
        var (source, _) = await PlanAuthors.ForReadAsync(work.Connection, work.Transaction, catalogue, User, req.Code, ct);
        if (source is null)
        {
            await Send.ResultAsync(PlanAuthors.NotFound(req.Code));
            return;
        }

        if (source.Status == PlanStatuses.Draft)
        {
            await Send.ResultAsync(PlanAuthors.Conflict($"Kế hoạch '{req.Code}' chưa ban hành: chỉ sao chép kế hoạch đã ban hành.", $"Plan '{req.Code}' is not issued: only an issued plan is copied."));
            return;
        }

        var area = await PlanAreas.UnitAsync(work.Connection, work.Transaction, req.Area ?? source.AreaCode, PlanAreas.StartDate(req.StartYear), ct);
        if (area is null)
        {
            ThrowError(r => r.Area!, Problems.Bilingual($"Không có đơn vị hành chính mã '{req.Area}'.", $"No area with code '{req.Area}'."));
        }

        if (!PlanAuthors.CanAuthor(catalogue, User, area))
        {
            await Send.ResultAsync(PlanAuthors.Forbidden(area));
            return;
        }

        if (await work.Connection.ExecuteScalarAsync<int>(new CommandDefinition(PlanExistsSql, new { req.NewCode }, work.Transaction, cancellationToken: ct)) > 0)
        {
            await Send.ResultAsync(PlanAuthors.Conflict($"Mã kế hoạch '{req.NewCode}' đã có.", $"Plan code '{req.NewCode}' is taken."));
            return;
        }

        var row = (await PlanStore.PlanAsync(work.Connection, work.Transaction, req.Code, ct))!;
        var content = PlanCopy.Next(await PlanStore.LiveAsync(work.Connection, work.Transaction, row, ct), req.StartYear, req.EndYear);
        if (!string.IsNullOrWhiteSpace(req.TitleVi))
        {
            content.TitleVi = req.TitleVi.Trim();
        }

        if (!string.IsNullOrWhiteSpace(req.TitleEn))
        {
            content.TitleEn = req.TitleEn.Trim();
        }

        if (area != source.AreaUnit)
        {
            // Another area's bodies are not this one's: the copy names the bodies again, by the same codes.
            var existing = await PlanAuthors.FactsAsync(work.Connection, work.Transaction, req.NewCode, area, ct);
            content.Bodies = content.Bodies.Where(b => !existing.AreaBodies.Contains(b.Code)).ToList();
        }

        var facts = await PlanAuthors.FactsAsync(work.Connection, work.Transaction, req.NewCode, area, ct);
        foreach (var error in PlanDraftRules.Check(content, facts, issuing: false))
        {
            ValidationFailures.Add(new FluentValidation.Results.ValidationFailure(error.Name, error.Reason));
        }

        ThrowIfAnyErrors();
        var at = InstantText.Format(clock.GetCurrentInstant());
        await work.Connection.ExecuteAsync(new CommandDefinition(Create.Endpoint.InsertPlanSql, new
        {
            Code = req.NewCode, content.Kind, Area = area, content.StartYear, content.EndYear, content.TitleVi, content.TitleEn, content.LegalBasisVi,
            content.LegalBasisEn, content.Implements, At = at, By = User.Username(),
        }, work.Transaction, cancellationToken: ct));
        await work.Connection.ExecuteAsync(new CommandDefinition(Create.Endpoint.InsertDraftSql, new
        {
            Code = req.NewCode, Version = 1, DecisionNumber = (string?)null, Content = PlanStore.Serialize(content), At = at, By = User.Username(),
        }, work.Transaction, cancellationToken: ct));
        var plan = (await PlanAuthors.SummaryAsync(work.Connection, work.Transaction, req.NewCode, ct))!;
        var draft = (await PlanStore.DraftAsync(work.Connection, work.Transaction, req.NewCode, ct))!;
        work.Changes.Nothing();
        await work.CommitAsync();
        HttpContext.Response.Headers.ETag = PlanAuthors.ETagOf(draft);
        await Send.ResultAsync(TypedResults.Created($"/api/plans/{Uri.EscapeDataString(req.NewCode)}/draft", PlanAuthors.Response(plan, draft)));
    }
}
