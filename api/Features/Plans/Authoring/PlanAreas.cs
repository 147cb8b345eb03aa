using System.Data.Common;
using System.Globalization;
using Dapper;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Authoring;

/// <summary>The one seam between a plan and the map: which administrative unit a GSO code names for a plan.</summary>
/// <remarks>
/// A plan is issued by the unit in force on its start date (1 January of its first year): for 2026–2030 code 37 is the
/// new Ninh Bình (<c>37@2025-07-01</c>), for 2021–2025 the old one (<c>37</c>); see "Areas in time" in the README.
/// <c>plans.area_code</c> stores what it returns. A unit id given as such (a plan's own unit, read back) is accepted.
/// </remarks>
public static class PlanAreas
{
    private const string UnitSql = """
        SELECT code FROM areas
        WHERE (gso_code = @Code AND (valid_from IS NULL OR valid_from <= @On) AND (valid_to IS NULL OR valid_to > @On))
           OR (code = @Code AND gso_code <> @Code)
        """;

    /// <summary>The plan's start date: 1 January of its first year, Viet Nam's calendar.</summary>
    public static LocalDate StartDate(int startYear) => new(startYear, 1, 1);

    /// <summary>The unit id the GSO <paramref name="code"/> names on <paramref name="on"/>, or null when none does.</summary>
    public static Task<string?> UnitAsync(DbConnection connection, DbTransaction? transaction, string code, LocalDate on, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(UnitSql,
            new { Code = code, On = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, transaction, cancellationToken: ct));
}
