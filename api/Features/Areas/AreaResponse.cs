namespace EqualityTracker.Api.Features.Areas;

/// <summary>An administrative unit (đơn vị hành chính) with its GSO code.</summary>
/// <remarks><c>Level</c> is the depth below the country (0), so the tree does not assume three levels.</remarks>
public sealed class AreaResponse
{
    public required string Code { get; init; }
    public string? ParentCode { get; init; }
    public required int Level { get; init; }
    public required string KindVi { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public required int ChildCount { get; init; }

    /// <summary>Columns aliased to this class's properties; add a WHERE clause and an ORDER BY.</summary>
    public const string SelectSql = """
        SELECT a.code AS Code, a.parent_code AS ParentCode, a.level AS Level, a.kind_vi AS KindVi,
               a.name_vi AS NameVi, a.name_en AS NameEn,
               (SELECT COUNT(*) FROM areas c WHERE c.parent_code = a.code) AS ChildCount
        FROM areas a
        """;
}
