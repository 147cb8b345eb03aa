using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using Dapper;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Update;

public sealed class Endpoint(WriteScopes writes, CatalogueCache catalogues, IClock clock) : Endpoint<Request, PlanDraftResponse>
{
    private const string UpdateDraftSql = """
        UPDATE plan_drafts SET content = @Content, revision = revision + 1, updated_at = @At, updated_by = @By
        WHERE plan_code = @Code AND revision = @Revision
        """;

    // A never-issued plan's row follows its draft, so the lists show its title and period.
    private const string UpdateDraftPlanSql = """
        UPDATE plans SET kind = @Kind, start_year = @StartYear, end_year = @EndYear, title_vi = @TitleVi, title_en = @TitleEn,
                         legal_basis_vi = @LegalBasisVi, legal_basis_en = @LegalBasisEn, implements_code = @Implements
        WHERE code = @Code AND status = 'draft'
        """;

    public override void Configure()
    {
        Put("/api/plans/{code}");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("UpdatePlan")
            .WithTags("Plans")
            .WithSummary("Sửa bản dự thảo / Change the draft")
            .WithDescription(
                "The draft's whole content (title, period, implements, legal basis, objectives, targets — on a catalogue indicator or one defined " +
                "in newIndicators with unit, direction and a formula over existing measures —, activities, budget lines, calendar, duties, bodies) " +
                "replaces what it held. If-Match must carry the draft's ETag (428 without, 412 when stale). An issued plan with no amendment open " +
                "answers 409: amend it first (POST /api/plans/{code}/amend). A draft may be incomplete, never wrong: 400 lists every field to fix.")
            .ProducesHeaders(StatusCodes.Status200OK, ApiHeaders.ETag)
            .AcceptsHeader(ApiHeaders.IfMatch)
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var work = await writes.BeginAsync(ct);
        var (plan, refusal) = await PlanAuthors.ForWriteAsync(work, await catalogues.GetAsync(), User, req.Code, ct);
        if (plan is null)
        {
            await Send.ResultAsync(refusal!);
            return;
        }

        var draft = await PlanStore.DraftAsync(work.Connection, work.Transaction, req.Code, ct);
        if (draft is null)
        {
            await Send.ResultAsync(PlanAuthors.Conflict(
                $"Kế hoạch '{req.Code}' đã ban hành (phiên bản {plan.Version}): mở bản sửa đổi (amend) để sửa.",
                $"Plan '{req.Code}' is issued (version {plan.Version}): amend it to change it."));
            return;
        }

        var ifMatch = HttpContext.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch))
        {
            await Send.ResultAsync(TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Cần If-Match / If-Match required",
                detail: Problems.Bilingual("Gửi ETag của bản dự thảo trong tiêu đề If-Match.", "Send the draft's ETag in If-Match.")));
            return;
        }

        if (!ifMatch.Split(',').Select(tag => tag.Trim()).Any(tag => tag == "*" || tag == PlanAuthors.ETagOf(draft)))
        {
            await Send.ResultAsync(StaleDraft());
            return;
        }

        var content = req.Content;
        var facts = await PlanAuthors.FactsAsync(work.Connection, work.Transaction, req.Code, plan.AreaUnit, ct);
        foreach (var error in PlanDraftRules.Check(content, facts, issuing: false))
        {
            ValidationFailures.Add(new FluentValidation.Results.ValidationFailure(error.Name, error.Reason));
        }

        ThrowIfAnyErrors();
        var at = InstantText.Format(clock.GetCurrentInstant());
        var changed = await work.Connection.ExecuteAsync(new CommandDefinition(UpdateDraftSql, new
        {
            req.Code, Content = PlanStore.Serialize(content), At = at, By = User.Username(), draft.Revision,
        }, work.Transaction, cancellationToken: ct));
        if (changed == 0)
        {
            await Send.ResultAsync(StaleDraft());
            return;
        }

        await work.Connection.ExecuteAsync(new CommandDefinition(UpdateDraftPlanSql, new
        {
            req.Code, content.Kind, content.StartYear, content.EndYear, content.TitleVi, content.TitleEn, content.LegalBasisVi, content.LegalBasisEn,
            content.Implements,
        }, work.Transaction, cancellationToken: ct));
        plan = (await PlanAuthors.SummaryAsync(work.Connection, work.Transaction, req.Code, ct))!;
        draft = (await PlanStore.DraftAsync(work.Connection, work.Transaction, req.Code, ct))!;
        work.Changes.Nothing();
        await work.CommitAsync();
        HttpContext.Response.Headers.ETag = PlanAuthors.ETagOf(draft);
        await Send.OkAsync(PlanAuthors.Response(plan, draft), ct);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult StaleDraft() =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Bản dự thảo đã thay đổi / The draft changed",
            detail: Problems.Bilingual("Bản dự thảo vừa được người khác sửa: tải lại rồi sửa tiếp.", "Someone changed the draft meanwhile: reload it and try again."));
}
