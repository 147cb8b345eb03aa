using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Shapes;

/// <summary>A plan's target: an indicator, a comparator, a value and a year, led by one or more agencies.</summary>
/// <remarks>
/// Read by three endpoints (a plan, its target list, an indicator), so its SQL lives here once:
/// <see cref="SelectSql"/> with a WHERE clause of the caller's, then <see cref="LoadAsync"/> adds the agencies.
/// </remarks>
public sealed class TargetResponse
{
    public required int Id { get; init; }
    public required string PlanCode { get; init; }
    public required string PlanTitleVi { get; init; }
    public required string PlanTitleEn { get; init; }
    public required string PlanAreaCode { get; init; }
    public required string PlanAreaNameVi { get; init; }
    public required string PlanAreaNameEn { get; init; }

    /// <summary>The objective's number within its plan.</summary>
    public required int Objective { get; init; }

    /// <summary>The target's number within its objective, as the plan writes it: "1", "2a".</summary>
    public required string Number { get; init; }

    /// <summary>The domain of what the target measures (its indicator's domain).</summary>
    public required string Domain { get; init; }
    public required string IndicatorCode { get; init; }
    public required string IndicatorNameVi { get; init; }
    public required string IndicatorNameEn { get; init; }

    /// <summary>One of <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>.</summary>
    [Vocabulary(typeof(Comparators))]
    public required string Comparator { get; init; }

    public required decimal Value { get; init; }
    public required int Year { get; init; }

    /// <summary>The unit's code (<c>percent</c>, <c>boys_per_100_girls</c>, <c>yes_no</c> where 1 means yes).</summary>
    public required string Unit { get; init; }

    public required string UnitVi { get; init; }
    public required string UnitEn { get; init; }
    public required string TextVi { get; init; }
    public required string TextEn { get; init; }

    /// <summary>Where the target was read: the seed plan, or the page quoting a national strategy.</summary>
    public string? Source { get; init; }

    /// <summary>How sure the source is: high (the plan's own text), medium (a secondary source).</summary>
    public string? Confidence { get; init; }

    /// <summary>The baseline the target states itself, if any (otherwise progress uses the plan's first year with data).</summary>
    public int? BaselineYear { get; init; }

    public double? BaselineValue { get; init; }

    /// <summary>Codes of the agencies that lead the target (chủ trì).</summary>
    public IReadOnlyList<string> LeadAgencies { get; set; } = [];

    /// <summary>Codes of the agencies that coordinate (phối hợp).</summary>
    public IReadOnlyList<string> CoordinatingAgencies { get; set; } = [];

    public const string SelectSql = """
        SELECT t.id AS Id, t.plan_code AS PlanCode, p.title_vi AS PlanTitleVi, p.title_en AS PlanTitleEn,
               p.area_code AS PlanAreaCode, a.name_vi AS PlanAreaNameVi, a.name_en AS PlanAreaNameEn,
               t.objective_number AS Objective, t.number AS Number, i.domain_code AS Domain,
               t.indicator_code AS IndicatorCode, i.name_vi AS IndicatorNameVi, i.name_en AS IndicatorNameEn,
               t.comparator AS Comparator, t.value AS Value, t.year AS Year,
               i.unit_code AS Unit, u.name_vi AS UnitVi, u.name_en AS UnitEn,
               t.text_vi AS TextVi, t.text_en AS TextEn, t.source AS Source, t.confidence AS Confidence,
               t.baseline_year AS BaselineYear, t.baseline_value AS BaselineValue
        FROM targets t
        JOIN plans p ON p.code = t.plan_code
        JOIN areas a ON a.code = p.area_code
        JOIN indicators i ON i.code = t.indicator_code
        JOIN units u ON u.code = i.unit_code
        """;

    private const string AgenciesSql = """
        SELECT target_id AS TargetId, agency_code AS AgencyCode, role AS Role
        FROM target_agencies
        WHERE target_id IN @Ids
        ORDER BY target_id, role, position
        """;

    /// <summary>Runs <paramref name="sql"/> (built on <see cref="SelectSql"/>) and fills in each target's agencies.</summary>
    public static async Task<IReadOnlyList<TargetResponse>> LoadAsync(DbConnection connection, string sql, object parameters, CancellationToken ct)
    {
        var targets = (await connection.QueryAsync<TargetResponse>(new CommandDefinition(sql, parameters, cancellationToken: ct))).AsList();
        if (targets.Count == 0)
        {
            return targets;
        }

        var agencies = (await connection.QueryAsync<TargetAgencyRow>(
                new CommandDefinition(AgenciesSql, new { Ids = targets.Select(t => t.Id).ToArray() }, cancellationToken: ct)))
            .ToLookup(row => row.TargetId);
        foreach (var target in targets)
        {
            target.LeadAgencies = agencies[target.Id].Where(r => r.Role == AgencyRoles.Lead).Select(r => r.AgencyCode).ToList();
            target.CoordinatingAgencies = agencies[target.Id].Where(r => r.Role == AgencyRoles.Coordinating).Select(r => r.AgencyCode).ToList();
        }

        return targets;
    }

    private sealed class TargetAgencyRow
    {
        public int TargetId { get; init; }
        public string AgencyCode { get; init; } = "";
        public string Role { get; init; } = "";
    }
}
