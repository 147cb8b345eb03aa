using System.Data.Common;
using Dapper;
using NodaTime;

namespace EqualityTracker.Api.Features.Plans.Authoring;

/// <summary>The one seam between a plan and the map: which administrative unit a GSO code names for a plan.</summary>
/// <remarks>
/// A plan is issued by the unit in force on its start date (1 January of its first year): after 1 July 2025 code 37 is
/// the new Ninh Bình, before it the old one. Today the map has no time, so the unit is the code itself when it exists;
/// date-aware resolution (areas with validity intervals, unit ids such as <c>37@2025-07-01</c>) replaces the body of
/// <see cref="UnitAsync"/> and nothing else. <c>plans.area_code</c> stores what it returns.
/// </remarks>
public static class PlanAreas
{
    private const string AreaExistsSql = "SELECT code FROM areas WHERE code = @Code";

    /// <summary>The plan's start date: 1 January of its first year, Viet Nam's calendar.</summary>
    public static LocalDate StartDate(int startYear) => new(startYear, 1, 1);

    /// <summary>The unit id the GSO <paramref name="code"/> names on <paramref name="on"/>, or null when none does.</summary>
    public static Task<string?> UnitAsync(DbConnection connection, DbTransaction? transaction, string code, LocalDate on, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(AreaExistsSql, new { Code = code }, transaction, cancellationToken: ct));
}
