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

    /// <summary>The issuing area's GSO code ('37'): what the area parameters of other endpoints take, with the plan's map.</summary>
    public required string AreaCode { get; init; }

    /// <summary>The issuing unit: the area as it was when the plan was issued ('37' for the old Ninh Bình,
    /// '37@2025-07-01' for the new one; see "Areas in time").</summary>
    public required string AreaUnit { get; init; }
    public required string AreaNameVi { get; init; }

    /// <summary>The area the issuing area sits in (Thanh Hóa for Bỉm Sơn town; none for the country): a plan below a province is listed under it.</summary>
    public string? ParentAreaCode { get; init; }

    public string? ParentAreaNameVi { get; init; }
    public string? ParentAreaNameEn { get; init; }
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

    /// <summary><c>issued</c>, or <c>draft</c> for a plan never issued (listed to its authors only).</summary>
    [Vocabulary(typeof(PlanStatuses))]
    public required string Status { get; init; }

    /// <summary>The issued version everyone reads (0 while never issued).</summary>
    public required int Version { get; init; }

    /// <summary>The plan it carries out (national strategy → province → commune).</summary>
    public string? Implements { get; init; }

    /// <summary>The decision that issued the version everyone reads, and its date (ISO).</summary>
    public string? DecisionNumber { get; init; }

    public string? DecisionDate { get; init; }

    /// <summary>The version being written (a new plan's first, or an amendment), shown to the plan's authors only.</summary>
    public int? DraftVersion { get; set; }

    public const string SelectSql = """
        SELECT p.code AS Code, p.kind AS Kind, a.gso_code AS AreaCode, p.area_code AS AreaUnit, a.name_vi AS AreaNameVi,
               pa.gso_code AS ParentAreaCode, pa.name_vi AS ParentAreaNameVi, pa.name_en AS ParentAreaNameEn,
               a.name_en AS AreaNameEn, a.level AS AreaLevel, p.start_year AS StartYear, p.end_year AS EndYear,
               p.title_vi AS TitleVi, p.title_en AS TitleEn, p.legal_basis_vi AS LegalBasisVi,
               p.legal_basis_en AS LegalBasisEn, p.document_ref AS DocumentRef,
               (SELECT COUNT(*) FROM targets t WHERE t.plan_code = p.code) AS TargetCount,
               p.status AS Status, p.version AS Version, p.implements_code AS Implements,
               p.decision_number AS DecisionNumber, p.decision_date AS DecisionDate,
               (SELECT d.version FROM plan_drafts d WHERE d.plan_code = p.code) AS DraftVersion
        FROM plans p
        JOIN areas a ON a.code = p.area_code
        LEFT JOIN areas pa ON pa.code = a.parent_code
        """;
}
