using EqualityTracker.Api.Shapes;
using System.Data.Common;
using System.Security.Claims;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;

namespace EqualityTracker.Api.Features.Plans.Report;

/// <summary>What both report formats need: the plan's years, its targets' progress, and agency names.</summary>
public sealed record ReportData(string Plan, string Area, int StartYear, int EndYear, IReadOnlyList<TargetProgress> Targets, IReadOnlyDictionary<string, string> AgencyNames)
{
    private const string PlanSql = "SELECT area_code AS AreaCode, start_year AS StartYear, end_year AS EndYear FROM plans WHERE code = @Code AND status = 'issued'";

    private const string AgenciesSql = "SELECT code AS Code, name_vi AS NameVi FROM agencies";

    private const string PlanAreaSql = "SELECT area_code FROM plans WHERE code = @Code AND status = 'issued'";

    /// <summary>Whether only approved values count for this reader: asked, or the reader may not see others at the report's area.</summary>
    public static async Task<bool> ApprovedOnlyAsync(Database database, MeasureCatalogue catalogue, Request req, ClaimsPrincipal user, CancellationToken ct)
    {
        if (req.ApprovedOnly || !ReadScope.RoleSeesUnapproved(user))
        {
            return true;
        }

        var area = req.Area;
        if (area is null)
        {
            await using var connection = await database.OpenAsync(ct);
            area = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(PlanAreaSql, new { req.Code }, cancellationToken: ct));
        }

        return ReadScope.ApprovedOnly(user, catalogue, area ?? UserScope.Country, asked: false);
    }

    /// <summary>The report file in <paramref name="format"/> for this reader, from the answer cache: built by
    /// <paramref name="build"/> once per data version and reading (null for an unknown plan or area).</summary>
    public static async Task<ReportFile?> CachedFileAsync(
        AnswerCache cache, Database database, MeasureCatalogue catalogue, NodaTime.IClock clock, Request req, ClaimsPrincipal user, string format,
        Func<ReportData, CancellationToken, Task<byte[]>> build, CancellationToken ct)
    {
        // An asked area is the unit its code names on the plan's own map (or on the date asked): 37 for NB-2021-2025 is old
        // Ninh Bình, for a 2026–2030 plan the new one. A code no unit bore then answers as an unknown area (null: 404).
        string? area = null;
        if (req.Area is { } asked)
        {
            string? planArea;
            await using (var connection = await database.OpenAsync(ct))
            {
                planArea = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(PlanAreaSql, new { req.Code }, cancellationToken: ct));
            }

            area = Areas.AreaDates.ForPlan(catalogue.Map, asked, req.Date, planArea, clock)?.Id;
            if (area is null)
            {
                return null;
            }
        }

        var approvedOnly = await ApprovedOnlyAsync(database, catalogue, new Request { Code = req.Code, Area = area, ApprovedOnly = req.ApprovedOnly }, user, ct);
        var code = req.Code;
        var version = await cache.VersionAsync(ct);
        return await cache.GetOrComputeAsync($"report.{format}|{code}|{area}|{approvedOnly}", version, async token =>
        {
            await using var connection = await cache.OpenAsync(version, token);
            return await LoadAsync(connection, catalogue, code, area, approvedOnly, cache.Country(version), token) is { } report
                ? new ReportFile(await build(report, token), report.Area)
                : null;
        }, ct);
    }

    /// <summary>The report's data, or null for an unknown plan or area.</summary>
    public static async Task<ReportData?> LoadAsync(
        DbConnection connection, MeasureCatalogue catalogue, string code, string? askedArea, bool approvedOnly, CountrySums country, CancellationToken ct)
    {
        var plan = await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(PlanSql, new { Code = code }, cancellationToken: ct));
        var area = askedArea ?? plan?.AreaCode;
        if (plan is null || area is null || !catalogue.AreaParents.ContainsKey(area))
        {
            return null;
        }

        var targets = await PlanProgress.TargetsAsync(connection, catalogue, code, plan.StartYear, area, approvedOnly, ProgressMethod.Unsd, country, ct);
        var agencies = (await connection.QueryAsync<AgencyRow>(new CommandDefinition(AgenciesSql, cancellationToken: ct))).ToDictionary(a => a.Code, a => a.NameVi);
        return new ReportData(code, area, plan.StartYear, plan.EndYear, targets, agencies);
    }

    public IReadOnlyList<string> Header => ReportTable.Header(StartYear, EndYear);

    public IEnumerable<IReadOnlyList<string>> Rows => ReportTable.Rows(Targets, StartYear, EndYear, AgencyNames);

    private sealed class PlanRow
    {
        public string AreaCode { get; init; } = "";
        public int StartYear { get; init; }
        public int EndYear { get; init; }
    }

    private sealed class AgencyRow
    {
        public string Code { get; init; } = "";
        public string NameVi { get; init; } = "";
    }
}
