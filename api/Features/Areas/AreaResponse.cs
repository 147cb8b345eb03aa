namespace EqualityTracker.Api.Features.Areas;

/// <summary>An administrative unit (đơn vị hành chính) with its GSO code and the time it existed.</summary>
/// <remarks><c>Level</c> is the depth below the country (0), so the tree does not assume three levels: districts are
/// level 2 before 1 July 2025, communes level 3; after it communes are level 2. <c>Code</c> is the official GSO code, which
/// a later unit may reuse; <c>Unit</c> tells the units apart ('37' old Ninh Bình, '37@2025-07-01' the new one).</remarks>
public sealed class AreaResponse
{
    /// <summary>The GSO code (VN for the country).</summary>
    public required string Code { get; init; }

    /// <summary>The unit's id: the code, or '&lt;code&gt;@&lt;first day&gt;' for a later unit that reuses a code.</summary>
    public required string Unit { get; init; }

    /// <summary>The GSO code of the unit above it.</summary>
    public string? ParentCode { get; init; }
    public required int Level { get; init; }
    public required string KindVi { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }

    /// <summary>The units directly below it on the date asked.</summary>
    public required int ChildCount { get; init; }

    /// <summary>Its first day (ISO date); null when it existed before the first map the product holds (2019-12-01).</summary>
    public string? ValidFrom { get; init; }

    /// <summary>The day it ceased to exist (ISO date, exclusive); null while in force.</summary>
    public string? ValidTo { get; init; }

    /// <summary>Columns aliased to this class's properties, children counted on @Date; add a WHERE clause and an ORDER BY.</summary>
    public const string SelectSql = """
        SELECT a.gso_code AS Code, a.code AS Unit, p.gso_code AS ParentCode, a.level AS Level, a.kind_vi AS KindVi,
               a.name_vi AS NameVi, a.name_en AS NameEn, a.valid_from AS ValidFrom, a.valid_to AS ValidTo,
               (SELECT COUNT(*) FROM areas c WHERE c.parent_code = a.code
                  AND (c.valid_from IS NULL OR c.valid_from <= @Date) AND (c.valid_to IS NULL OR c.valid_to > @Date)) AS ChildCount
        FROM areas a
        LEFT JOIN areas p ON p.code = a.parent_code
        """;

    /// <summary>The condition that a unit <c>a</c> existed on @Date.</summary>
    public const string ValidOnSql = "(a.valid_from IS NULL OR a.valid_from <= @Date) AND (a.valid_to IS NULL OR a.valid_to > @Date)";
}
