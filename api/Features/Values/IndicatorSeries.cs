using EqualityTracker.Api.Domain;
using System.Data.Common;
using Dapper;

namespace EqualityTracker.Api.Features.Values;

/// <summary>Loads what an indicator's series are built from, for every area at once.</summary>
public static class IndicatorSeries
{
    private const string ValuesSql = """
        SELECT measure_code AS MeasureCode, area_code AS AreaCode, period AS Period, sex AS Sex, value AS Value
        FROM data_values
        WHERE measure_code IN @Codes AND deleted = 0 AND (@ApprovedOnly = 0 OR state = @Approved)
        """;

    private const string ValuesInAreasSql = ValuesSql + """

          AND area_code IN @Areas
        """;

    /// <summary>Beyond this many areas a subtree is not passed as a list (SQL Server takes at most 2,100 parameters).</summary>
    private const int MaxAreaParameters = 1000;

    /// <summary>The area and every area below it, or null when they are too many to list in a query.</summary>
    public static IReadOnlyList<string>? Subtree(MeasureCatalogue catalogue, string area)
    {
        var areas = new List<string> { area };
        for (var i = 0; i < areas.Count; i++)
        {
            areas.AddRange(catalogue.AreaChildren[areas[i]]);
            if (areas.Count > MaxAreaParameters)
            {
                return null;
            }
        }

        return areas;
    }

    /// <summary>The indicator's series builder over stored values: optionally approved ones only, within a period range, and
    /// within a list of areas (an area's <see cref="Subtree"/> is all its series needs).</summary>
    public static async Task<SeriesBuilder> LoadAsync(
        DbConnection connection, MeasureCatalogue catalogue, string indicator, bool approvedOnly, string? sex, CancellationToken ct,
        Period? from = null, Period? to = null, IReadOnlyList<string>? areas = null)
    {
        var source = IndicatorSource.For(indicator, catalogue);
        var rows = source is null
            ? []
            : (await connection.QueryAsync<ValueRow>(new CommandDefinition(areas is null ? ValuesSql : ValuesInAreasSql,
                new { Codes = source.MeasureCodes, ApprovedOnly = approvedOnly ? 1 : 0, Approved = ReviewStates.Approved, Areas = areas }, cancellationToken: ct)))
                .Where(v => Period.TryParse(v.Period, out var p) && (from is null || p.Start >= from.Value.Start) && (to is null || p.End <= to.Value.End))
                .ToList();
        return new SeriesBuilder(source, catalogue, rows, sex);
    }
}
