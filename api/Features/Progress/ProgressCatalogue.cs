using EqualityTracker.Api.Shapes;
using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;

namespace EqualityTracker.Api.Features.Progress;

/// <summary>The targets that apply to an area and how their series are read, shared by the progress endpoints.</summary>
public static class ProgressCatalogue
{
    private const string ApplicableTargetsSql = """
        SELECT t.id AS Id, t.plan_code AS PlanCode, p.title_vi AS PlanTitleVi, p.title_en AS PlanTitleEn, p.area_code AS PlanAreaCode,
               a.name_vi AS PlanAreaNameVi, a.name_en AS PlanAreaNameEn, a.level AS PlanAreaLevel, p.start_year AS PlanStartYear,
               t.objective_number AS Objective, t.number AS Number, t.comparator AS Comparator, t.value AS Value, t.year AS Year
        FROM targets t
        JOIN plans p ON p.code = t.plan_code
        JOIN areas a ON a.code = p.area_code
        WHERE t.indicator_code = @Indicator AND p.area_code IN @Areas
        ORDER BY a.level, t.year, p.code
        """;

    /// <summary>The yearly observations of an area's series: the total where the indicator has sexes.</summary>
    public static IReadOnlyList<Observation> Yearly(IReadOnlyList<ValuePoint> series) =>
        series
            .Where(p => p.Value is not null && p.Sex == Sex.Total && Period.Parse(p.Period).Type == PeriodType.Year)
            .Select(p => new Observation(Period.Parse(p.Period).Year, p.Value!.Value))
            .ToList();

    /// <summary>Every target on the indicator set by a plan of the area or of an area above it.</summary>
    public static async Task<IReadOnlyList<ApplicableTarget>> ApplicableAsync(DbConnection connection, MeasureCatalogue catalogue, string indicator, string area, CancellationToken ct) =>
        (await connection.QueryAsync<ApplicableTarget>(new CommandDefinition(ApplicableTargetsSql,
            new { Indicator = indicator, Areas = catalogue.Tree.LineageAndAncestors(area) }, cancellationToken: ct))).AsList();

    /// <summary>The target an area is held to (<see cref="GoverningTargets.Governing{T}"/>).</summary>
    public static ApplicableTarget? Governing(IReadOnlyList<ApplicableTarget> targets, MeasureCatalogue catalogue, string area) =>
        GoverningTargets.Governing(targets, catalogue.Tree, area, t => t.PlanAreaCode, t => t.Year);

    /// <summary>The goal worth projecting to (<see cref="GoverningTargets.Ahead{T}"/>).</summary>
    public static ApplicableTarget? Ahead(IReadOnlyList<ApplicableTarget> targets, MeasureCatalogue catalogue, string area, int? latestYear) =>
        GoverningTargets.Ahead(targets, catalogue.Tree, area, latestYear, t => t.PlanAreaCode, t => t.Year);

    public sealed class ApplicableTarget
    {
        public int Id { get; init; }
        public string PlanCode { get; init; } = "";
        public string PlanTitleVi { get; init; } = "";
        public string PlanTitleEn { get; init; } = "";
        public string PlanAreaCode { get; init; } = "";
        public string PlanAreaNameVi { get; init; } = "";
        public string PlanAreaNameEn { get; init; } = "";
        public int PlanAreaLevel { get; init; }
        public int PlanStartYear { get; init; }
        public int Objective { get; init; }
        public string Number { get; init; } = "";
        public string Comparator { get; init; } = "";
        public double Value { get; init; }
        public int Year { get; init; }
    }
}

