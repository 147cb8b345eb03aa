using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Indicators;

/// <summary>A measurable quantity with a unit and a direction, shared by every plan that measures it.</summary>
public sealed class IndicatorResponse
{
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public required string Domain { get; init; }
    public required string Unit { get; init; }
    public required string UnitVi { get; init; }
    public required string UnitEn { get; init; }

    /// <summary><c>higher</c> when a higher value is better, <c>lower</c> when lower is better.</summary>
    [Vocabulary(typeof(Directions))]
    public required string Direction { get; init; }

    /// <summary>How many decimals values of this indicator are shown with.</summary>
    public required int Decimals { get; init; }

    /// <summary>How many targets all plans set on it.</summary>
    public required int TargetCount { get; init; }

    public const string SelectSql = """
        SELECT i.code AS Code, i.name_vi AS NameVi, i.name_en AS NameEn, i.domain_code AS Domain,
               i.unit_code AS Unit, u.name_vi AS UnitVi, u.name_en AS UnitEn, i.direction AS Direction,
               i.decimals AS Decimals,
               (SELECT COUNT(*) FROM targets t WHERE t.indicator_code = i.code) AS TargetCount
        FROM indicators i
        JOIN units u ON u.code = i.unit_code
        """;
}
