using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Authoring;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Identity;
using Dapper;
using FastEndpoints;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Issue;

public sealed class Endpoint(WriteScopes writes, CatalogueCache catalogues, IClock clock) : Endpoint<Request, PlanVersionResponse>
{
    private static readonly DateTimeZone VietNam = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private const string FillSeededVersionSql = "UPDATE plan_versions SET content = @Content WHERE plan_code = @Code AND version = @Version AND content IS NULL";

    private const string InsertVersionSql = """
        INSERT INTO plan_versions (plan_code, version, decision_number, decision_date, issued_at, issued_by, content)
        VALUES (@Code, @Version, @DecisionNumber, @DecisionDate, @At, @By, @Content)
        """;

    private const string UpdatePlanSql = """
        UPDATE plans SET kind = @Kind, start_year = @StartYear, end_year = @EndYear, title_vi = @TitleVi, title_en = @TitleEn,
                         legal_basis_vi = @LegalBasisVi, legal_basis_en = @LegalBasisEn, implements_code = @Implements,
                         status = 'issued', version = @Version, decision_number = @DecisionNumber, decision_date = @DecisionDate,
                         issued_at = @At, issued_by = @By
        WHERE code = @Code
        """;

    private const string DeleteDraftSql = "DELETE FROM plan_drafts WHERE plan_code = @Code";

    public override void Configure()
    {
        Post("/api/plans/{code}/issue");
        Roles(Identity.Roles.Admin);
        Description(d => d
            .WithName("IssuePlan")
            .WithTags("Plans")
            .WithSummary("Ban hành / Issue the draft")
            .WithDescription(
                "JSON {decisionNumber, decisionDate}: issues the open draft as the plan's next version — it becomes what everyone reads " +
                "(targets, progress, activities, budget, reports), the indicators it defines join the catalogue, and the version is kept in the " +
                "history with its decision, date, who and when. The draft must be complete: at least one target or activity, every year within the " +
                "period, every target's indicator in the catalogue or defined by the plan (400 lists what is missing). 409 when no draft is open.")
            .ProducesProblems(400, 401, 403, 404, 409));
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
                $"Kế hoạch '{req.Code}' không có bản dự thảo để ban hành: mở bản sửa đổi (amend) trước.",
                $"Plan '{req.Code}' has no draft to issue: amend it first."));
            return;
        }

        var decisionNumber = string.IsNullOrWhiteSpace(req.DecisionNumber) ? draft.DecisionNumber : req.DecisionNumber.Trim();
        if (string.IsNullOrWhiteSpace(decisionNumber) || decisionNumber.Length > 200)
        {
            AddError(r => r.DecisionNumber, Problems.Bilingual("Cần số văn bản ban hành (tối đa 200 ký tự).", "decisionNumber is required (at most 200 characters)."));
        }

        var today = clock.GetCurrentInstant().InZone(VietNam).Date;
        var decisionDate = PlanDraftRules.Date(req.DecisionDate);
        if (decisionDate is null)
        {
            AddError(r => r.DecisionDate, Problems.Bilingual("Cần ngày ban hành theo dạng yyyy-mm-dd.", "decisionDate is required, yyyy-mm-dd."));
        }
        else if (LocalDate.FromDateOnly(decisionDate.Value) > today)
        {
            AddError(r => r.DecisionDate, Problems.Bilingual("Ngày ban hành không thể sau hôm nay.", "decisionDate cannot be after today."));
        }

        var content = PlanStore.Deserialize(draft.Content);
        var facts = await PlanAuthors.FactsAsync(work.Connection, work.Transaction, req.Code, plan.AreaUnit, ct);
        foreach (var error in PlanDraftRules.Check(content, facts, issuing: true))
        {
            ValidationFailures.Add(new FluentValidation.Results.ValidationFailure(error.Name, error.Reason));
        }

        ThrowIfAnyErrors();

        // The version readers saw until now keeps its content: a seeded version's is the live tables, stored before they change.
        if (plan.Version > 0)
        {
            var row = (await PlanStore.PlanAsync(work.Connection, work.Transaction, req.Code, ct))!;
            var previous = await PlanStore.LiveAsync(work.Connection, work.Transaction, row, ct);
            await work.Connection.ExecuteAsync(new CommandDefinition(FillSeededVersionSql,
                new { req.Code, Version = plan.Version, Content = PlanStore.Serialize(previous) }, work.Transaction, cancellationToken: ct));
        }

        var at = clock.GetCurrentInstant();
        var by = User.Username();
        await PlanStore.WriteLiveAsync(work.Connection, work.Transaction, req.Code, plan.AreaUnit, content, draft.Version);
        var issued = new
        {
            req.Code, content.Kind, content.StartYear, content.EndYear, content.TitleVi, content.TitleEn, content.LegalBasisVi, content.LegalBasisEn,
            content.Implements, draft.Version, DecisionNumber = decisionNumber, DecisionDate = req.DecisionDate, At = InstantText.Format(at), By = by,
            Content = PlanStore.Serialize(content),
        };
        await work.Connection.ExecuteAsync(new CommandDefinition(UpdatePlanSql, issued, work.Transaction, cancellationToken: ct));
        await work.Connection.ExecuteAsync(new CommandDefinition(InsertVersionSql, issued, work.Transaction, cancellationToken: ct));
        await work.Connection.ExecuteAsync(new CommandDefinition(DeleteDraftSql, new { req.Code }, work.Transaction, cancellationToken: ct));
        await CatalogueCache.AdvanceAsync(work.Connection, work.Transaction);
        await work.CommitAsync();
        await Send.OkAsync(new PlanVersionResponse
        {
            Version = draft.Version, Status = PlanStatuses.Issued, Current = true, DecisionNumber = decisionNumber, DecisionDate = req.DecisionDate,
            IssuedAt = at, IssuedBy = by,
        }, ct);
    }
}
