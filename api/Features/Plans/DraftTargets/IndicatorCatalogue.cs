using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Domain.Drafting;

namespace EqualityTracker.Api.Features.Plans.DraftTargets;

/// <summary>The indicator dictionary over the catalogue as it is now: an indicator added to the table is suggested at once.</summary>
public static class IndicatorCatalogue
{
    private const string Sql = "SELECT code AS Code, name_vi AS NameVi, unit_code AS Unit, direction AS Direction FROM indicators ORDER BY code";

    public static async Task<IndicatorDictionary> LoadAsync(DbConnection connection, CancellationToken ct = default)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, cancellationToken: ct));
        return new IndicatorDictionary(rows.Select(r => new CatalogueIndicator(r.Code, r.NameVi, r.Unit, r.Direction)));
    }

    private sealed class Row
    {
        public string Code { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Direction { get; init; } = "";
    }
}
