using System.Data.Common;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;

namespace EqualityTracker.Api.Features.Indicators;

/// <summary>What an indicator's progress and its ranking share: the indicator's unit and the answer for an unknown one.</summary>
public static class IndicatorReads
{
    private const string UnitSql = "SELECT unit_code FROM indicators WHERE code = @Code";

    /// <summary>The indicator's unit, or null when no indicator has that code.</summary>
    public static Task<string?> UnitAsync(DbConnection connection, string code, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(UnitSql, new { Code = code }, cancellationToken: ct));

    /// <summary>True when an indicator has that code (its own connection: asked only before an area is refused).</summary>
    public static async Task<bool> ExistsAsync(Database database, string code, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await UnitAsync(connection, code, ct) is not null;
    }

    /// <summary>404 for an unknown indicator.</summary>
    public static IResult NotFound(string code) => Problems.NotFound($"Không có chỉ số mã '{code}'.", $"No indicator with code '{code}'.");
}
