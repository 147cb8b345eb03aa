using System.Data.Common;
using Dapper;

namespace EqualityTracker.Api.Features.Values;

/// <summary>Loads what an indicator's series are built from, for every area at once.</summary>
public static class IndicatorSeries
{
    private const string ValuesSql = """
        SELECT measure_code AS MeasureCode, area_code AS AreaCode, period AS Period, sex AS Sex, value AS Value
        FROM data_values
        WHERE measure_code IN @Codes AND deleted = 0 AND (@ApprovedOnly = 0 OR state = 'approved')
        """;

    /// <summary>The indicator's series builder over stored values, optionally approved ones only and within a period range.</summary>
    public static async Task<SeriesBuilder> LoadAsync(
        DbConnection connection, MeasureCatalogue catalogue, string indicator, bool approvedOnly, string? sex, CancellationToken ct,
        Period? from = null, Period? to = null)
    {
        var source = IndicatorSource.For(indicator, catalogue);
        var rows = source is null
            ? []
            : (await connection.QueryAsync<ValueRow>(new CommandDefinition(ValuesSql, new { Codes = source.MeasureCodes, ApprovedOnly = approvedOnly ? 1 : 0 }, cancellationToken: ct)))
                .Where(v => Period.TryParse(v.Period, out var p) && (from is null || p.Start >= from.Value.Start) && (to is null || p.End <= to.Value.End))
                .ToList();
        return new SeriesBuilder(source, catalogue, rows, sex);
    }
}
