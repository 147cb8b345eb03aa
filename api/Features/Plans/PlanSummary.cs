using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Plans;

/// <summary>A plan (kế hoạch) or national strategy: who issued it, for which years, and how many targets it sets.</summary>
public sealed class PlanSummary
{
    public required string Code { get; init; }

    /// <summary><c>strategy</c> (national), <c>five-year</c> or <c>annual</c>.</summary>
    [Vocabulary(typeof(PlanKinds))]
    public required string Kind { get; init; }

    public required string AreaCode { get; init; }
    public required string AreaNameVi { get; init; }
    public required string AreaNameEn { get; init; }
    public required int AreaLevel { get; init; }
    public required int StartYear { get; init; }
    public required int EndYear { get; init; }
    public required string TitleVi { get; init; }
    public required string TitleEn { get; init; }
    public required string LegalBasisVi { get; init; }
    public required string LegalBasisEn { get; init; }
    public string? DocumentRef { get; init; }
    public required int TargetCount { get; init; }

    public const string SelectSql = """
        SELECT p.code AS Code, p.kind AS Kind, p.area_code AS AreaCode, a.name_vi AS AreaNameVi,
               a.name_en AS AreaNameEn, a.level AS AreaLevel, p.start_year AS StartYear, p.end_year AS EndYear,
               p.title_vi AS TitleVi, p.title_en AS TitleEn, p.legal_basis_vi AS LegalBasisVi,
               p.legal_basis_en AS LegalBasisEn, p.document_ref AS DocumentRef,
               (SELECT COUNT(*) FROM targets t WHERE t.plan_code = p.code) AS TargetCount
        FROM plans p
        JOIN areas a ON a.code = p.area_code
        """;
}
