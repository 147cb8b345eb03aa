using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using EqualityTracker.Api.Shapes;
using Dapper;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Create;

public sealed class Endpoint(WriteScopes writes, CatalogueCache catalogues, IClock clock) : Endpoint<Request, PlanDraftResponse>
{
    private const string PlanExistsSql = "SELECT COUNT(*) FROM plans WHERE code = @Code";

    public const string InsertPlanSql = """
        INSERT INTO plans (code, kind, area_code, start_year, end_year, title_vi, title_en, legal_basis_vi, legal_basis_en, document_ref,
                           status, version, implements_code, created_at, created_by)
        VALUES (@Code, @Kind, @Area, @StartYear, @EndYear, @TitleVi, @TitleEn, @LegalBasisVi, @LegalBasisEn, NULL,
                'draft', 0, @Implements, @At, @By)
        """;

    public const string InsertDraftSql = """
        INSERT INTO plan_drafts (plan_code, version, decision_number, revision, content, created_at, created_by, updated_at, updated_by)
        VALUES (@Code, @Version, @DecisionNumber, 1, @Content, @At, @By, @At, @By)
        """;

    public override void Configure()
    {
        Post("/api/plans");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("CreatePlan")
            .WithTags("Plans")
            .WithSummary("Soạn kế hoạch mới / Start a new plan")
            .WithDescription(
                "JSON {code, titleVi, titleEn, area, startYear, endYear, implements, kind, legalBasisVi, legalBasisEn}: a new plan as a draft " +
                "(version 1), seen only by the coordinators (admin) of its area and of the areas above it. The area is the unit its GSO code names " +
                "on the plan's start date. 201 with the draft, its ETag and Location; 403 for an area outside the user's; 409 when the code is taken.")
            .Produces<PlanDraftResponse>(StatusCodes.Status201Created)
            .ProducesHeaders(StatusCodes.Status201Created, ApiHeaders.ETag, ApiHeaders.Location)
            .ProducesProblems(400, 401, 403, 409));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var work = await writes.BeginAsync(ct);
        var area = await PlanAreas.UnitAsync(work.Connection, work.Transaction, req.Area, PlanAreas.StartDate(req.StartYear), ct);
        if (area is null)
        {
            ThrowError(r => r.Area, Problems.Bilingual($"Không có đơn vị hành chính mã '{req.Area}'.", $"No area with code '{req.Area}'."));
        }

        var catalogue = await catalogues.GetAsync();
        if (!PlanAuthors.CanAuthor(catalogue, User, area))
        {
            await Send.ResultAsync(PlanAuthors.Forbidden(area));
            return;
        }

        if (await work.Connection.ExecuteScalarAsync<int>(new CommandDefinition(PlanExistsSql, new { req.Code }, work.Transaction, cancellationToken: ct)) > 0)
        {
            await Send.ResultAsync(PlanAuthors.Conflict($"Mã kế hoạch '{req.Code}' đã có.", $"Plan code '{req.Code}' is taken."));
            return;
        }

        var content = new PlanContent
        {
            TitleVi = req.TitleVi.Trim(), TitleEn = req.TitleEn.Trim(), Kind = req.Kind ?? PlanKinds.FiveYear, StartYear = req.StartYear, EndYear = req.EndYear,
            Implements = string.IsNullOrWhiteSpace(req.Implements) ? null : req.Implements.Trim(),
            LegalBasisVi = req.LegalBasisVi?.Trim() ?? "", LegalBasisEn = req.LegalBasisEn?.Trim() ?? "",
        };
        var facts = await PlanAuthors.FactsAsync(work.Connection, work.Transaction, req.Code, area, ct);
        foreach (var error in PlanDraftRules.Check(content, facts, issuing: false))
        {
            ValidationFailures.Add(new FluentValidation.Results.ValidationFailure(error.Name, error.Reason));
        }

        ThrowIfAnyErrors();
        var at = InstantText.Format(clock.GetCurrentInstant());
        await work.Connection.ExecuteAsync(new CommandDefinition(InsertPlanSql, new
        {
            req.Code, content.Kind, Area = area, content.StartYear, content.EndYear, content.TitleVi, content.TitleEn, content.LegalBasisVi,
            content.LegalBasisEn, content.Implements, At = at, By = User.Username(),
        }, work.Transaction, cancellationToken: ct));
        await work.Connection.ExecuteAsync(new CommandDefinition(InsertDraftSql, new
        {
            req.Code, Version = 1, DecisionNumber = (string?)null, Content = PlanStore.Serialize(content), At = at, By = User.Username(),
        }, work.Transaction, cancellationToken: ct));
        var plan = (await PlanAuthors.SummaryAsync(work.Connection, work.Transaction, req.Code, ct))!;
        var draft = (await PlanStore.DraftAsync(work.Connection, work.Transaction, req.Code, ct))!;
        work.Changes.Nothing();
        await work.CommitAsync();
        HttpContext.Response.Headers.ETag = PlanAuthors.ETagOf(draft);
        await Send.ResultAsync(TypedResults.Created($"/api/plans/{Uri.EscapeDataString(req.Code)}/draft", PlanAuthors.Response(plan, draft)));
    }
}
