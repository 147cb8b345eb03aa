using System.Data.Common;
using Dapper;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The values an agency enters for a plan: those behind the targets it leads.</summary>
public static class AgencyFields
{
    private const string LeadIndicatorsSql = """
        SELECT DISTINCT t.indicator_code
        FROM targets t
        JOIN target_agencies ta ON ta.target_id = t.id AND ta.role = 'lead'
        WHERE t.plan_code = @Plan AND ta.agency_code = @Agency
        """;

    private const string SetStateSql = """
        UPDATE data_values SET state = @To
        WHERE measure_code = @Code AND sex = @Sex AND area_code = @Area AND period = @Period AND deleted = 0 AND state IN @From
        """;

    /// <summary>The values behind an indicator: its formula's numerator and denominator (with their sexes; a summed measure's
    /// terms in its place — only those <paramref name="agency"/> enters, when given), or itself by every sex it takes.</summary>
    public static IReadOnlyList<(string Code, string Sex)> Of(string indicator, MeasureCatalogue catalogue, string? agency = null) =>
        IndicatorSource.For(indicator, catalogue) switch
        {
            { Formula: { } f } => new[] { (f.NumeratorCode, f.NumeratorSex), (f.DenominatorCode, f.DenominatorSex) }
                .SelectMany(field => catalogue.Terms.TryGetValue(field.Item1, out var terms)
                    ? terms.Where(t => agency is null || t.AgencyCode == agency).Select(t => (t.TermCode, field.Item2))
                    : [field])
                .Distinct().ToList(),
            { Direct: { } m } => m.Sexes.Select(sex => (m.Code, sex)).ToList(),
            _ => [],
        };

    /// <summary>Every (code, sex) behind the targets the agency leads in the plan.</summary>
    public static async Task<IReadOnlyList<(string Code, string Sex)>> LeadAsync(
        DbConnection connection, DbTransaction? transaction, MeasureCatalogue catalogue, string plan, string agency, CancellationToken ct)
    {
        var indicators = await connection.QueryAsync<string>(new CommandDefinition(LeadIndicatorsSql, new { Plan = plan, Agency = agency }, transaction, cancellationToken: ct));
        return indicators.SelectMany(i => Of(i, catalogue, agency)).Distinct().ToList();
    }

    /// <summary>Moves the agency's values at an area and period from one of <paramref name="from"/> to <paramref name="to"/>; returns how many moved.</summary>
    public static async Task<int> SetStateAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<(string Code, string Sex)> fields, string area, string period,
        IReadOnlyList<string> from, string to, CancellationToken ct)
    {
        var moved = 0;
        foreach (var (code, sex) in fields)
        {
            moved += await connection.ExecuteAsync(new CommandDefinition(SetStateSql,
                new { Code = code, Sex = sex, Area = area, Period = period, From = from, To = to }, transaction, cancellationToken: ct));
        }

        return moved;
    }
}
