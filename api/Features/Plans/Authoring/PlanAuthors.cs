using System.Data.Common;
using System.Security.Claims;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Api.Shapes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EqualityTracker.Api.Features.Plans.Authoring;

/// <summary>Who writes a plan, and what its content is checked against.</summary>
/// <remarks>A plan's authors are the coordinators (<c>admin</c>) of its area and of every area above it (a national
/// coordinator writes any plan). Only they see its drafts; everyone reads its issued version.</remarks>
public static class PlanAuthors
{
    private const string IndicatorsSql = "SELECT code FROM indicators";
    private const string MeasuresSql = "SELECT code AS Code, sexes AS Sexes FROM measures";
    private const string AgenciesSql = "SELECT code FROM agencies";
    private const string DomainsSql = "SELECT code FROM domains";
    private const string UnitsSql = "SELECT code FROM units";
    private const string BodiesSql = "SELECT code FROM bodies WHERE area_code = @Area";
    private const string PlansSql = "SELECT code FROM plans";

    public const string SummarySql = PlanSummary.SelectSql + """

        WHERE p.code = @Code
        """;

    /// <summary>True when the user may write plans issued by <paramref name="area"/>.</summary>
    public static bool CanAuthor(MeasureCatalogue catalogue, ClaimsPrincipal user, string area) =>
        user.Identity?.IsAuthenticated == true && user.IsInRole(Identity.Roles.Admin) && UserScope.Covers(catalogue, user, area);

    /// <summary>The catalogue a plan of <paramref name="area"/> refers to.</summary>
    public static async Task<PlanFacts> FactsAsync(DbConnection connection, DbTransaction? transaction, string code, string area, CancellationToken ct)
    {
        async Task<IReadOnlySet<string>> Set(string sql) =>
            (await connection.QueryAsync<string>(new CommandDefinition(sql, new { Area = area }, transaction, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);

        var measures = await connection.QueryAsync<(string Code, string Sexes)>(new CommandDefinition(MeasuresSql, transaction: transaction, cancellationToken: ct));
        return new PlanFacts(
            code,
            await Set(IndicatorsSql),
            measures.ToDictionary(m => m.Code, m => (IReadOnlyList<string>)Sex.ParseList(m.Sexes).ToList(), StringComparer.Ordinal),
            await Set(AgenciesSql),
            await Set(DomainsSql),
            await Set(UnitsSql),
            await Set(BodiesSql),
            await Set(PlansSql));
    }

    /// <summary>The plan's summary (its issued version, or the never-issued draft's row).</summary>
    public static Task<PlanSummary?> SummaryAsync(DbConnection connection, DbTransaction? transaction, string code, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<PlanSummary>(new CommandDefinition(SummarySql, new { Code = code }, transaction, cancellationToken: ct));

    /// <summary>The plan a reader asks for, and whether the reader is one of its authors; null when there is none or it
    /// is a draft the reader may not see.</summary>
    public static async Task<(PlanSummary? Plan, bool Author)> ForReadAsync(DbConnection connection, DbTransaction? transaction, MeasureCatalogue catalogue, ClaimsPrincipal user, string code, CancellationToken ct)
    {
        var plan = await SummaryAsync(connection, transaction, code, ct);
        var author = plan is not null && CanAuthor(catalogue, user, plan.AreaUnit);
        return plan is null || (plan.Status == PlanStatuses.Draft && !author) ? (null, false) : (plan, author);
    }

    /// <summary>The plan an author changes, or the answer instead: 404 when the user may not see it, 403 when they may
    /// read it but not write it.</summary>
    public static async Task<(PlanSummary? Plan, IResult? Refusal)> ForWriteAsync(Data.WriteScope work, MeasureCatalogue catalogue, ClaimsPrincipal user, string code, CancellationToken ct)
    {
        var (plan, author) = await ForReadAsync(work.Connection, work.Transaction, catalogue, user, code, ct);
        return plan is null ? (null, NotFound(code)) : author ? (plan, null) : (null, Forbidden(plan.AreaUnit));
    }

    /// <summary>A draft's ETag: its version and revision.</summary>
    public static string ETagOf(PlanStore.DraftRow draft) => $"\"{draft.Version}.{draft.Revision}\"";

    public static PlanDraftResponse Response(PlanSummary plan, PlanStore.DraftRow draft) => new()
    {
        Plan = plan,
        Version = draft.Version,
        DecisionNumber = draft.DecisionNumber,
        Revision = draft.Revision,
        Etag = ETagOf(draft),
        CreatedAt = Data.InstantText.Parse(draft.CreatedAt),
        CreatedBy = draft.CreatedBy,
        UpdatedAt = Data.InstantText.Parse(draft.UpdatedAt),
        UpdatedBy = draft.UpdatedBy,
        Content = PlanStore.Deserialize(draft.Content),
    };

    public static ProblemHttpResult NotFound(string code) =>
        Problems.NotFound($"Không có kế hoạch mã '{code}'.", $"No plan with code '{code}'.");

    public static ProblemHttpResult NoDraft(string code) =>
        Problems.NotFound($"Kế hoạch '{code}' không có bản dự thảo đang soạn.", $"Plan '{code}' has no draft being written.");

    public static ProblemHttpResult Conflict(string vi, string en) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Xung đột / Conflict", detail: Problems.Bilingual(vi, en));

    public static ProblemHttpResult Forbidden(string area) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền / Forbidden",
            detail: Problems.Bilingual($"Chỉ cơ quan điều phối của địa bàn '{area}' hoặc cấp trên mới soạn kế hoạch của địa bàn này.",
                $"Only the coordinators of area '{area}' or above write its plans."));
}

/// <summary>A draft being written: the content, who wrote it and when, and the ETag a change sends in If-Match.</summary>
public sealed class PlanDraftResponse
{
    public required PlanSummary Plan { get; init; }

    /// <summary>The version this draft becomes when issued: 1 for a new plan, n + 1 for an amendment.</summary>
    public required int Version { get; init; }

    /// <summary>An amendment's decision number, given when it was opened.</summary>
    public string? DecisionNumber { get; init; }

    public required int Revision { get; init; }

    /// <summary>Send it in If-Match to change the draft.</summary>
    public required string Etag { get; init; }

    public required NodaTime.Instant CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public required NodaTime.Instant UpdatedAt { get; init; }
    public required string UpdatedBy { get; init; }
    public required PlanContent Content { get; init; }
}

/// <summary>One version of a plan: issued (with its decision), or the draft of the next one.</summary>
public sealed class PlanVersionResponse
{
    public required int Version { get; init; }

    /// <summary><c>issued</c>, or <c>draft</c> for the version being written (shown to the plan's authors only).</summary>
    [Vocabulary(typeof(PlanStatuses))]
    public required string Status { get; init; }

    /// <summary>True for the issued version everyone reads.</summary>
    public required bool Current { get; init; }

    /// <summary>The decision that issued it (an amendment draft: the decision it was opened under); null when not recorded (a seeded plan).</summary>
    public string? DecisionNumber { get; init; }

    /// <summary>The decision's date (ISO, Viet Nam's calendar).</summary>
    public string? DecisionDate { get; init; }

    public NodaTime.Instant? IssuedAt { get; init; }
    public string? IssuedBy { get; init; }
}
