using System.Data.Common;
using System.Security.Claims;
using Dapper;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Plans.Progress;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;

namespace EqualityTracker.Api.Features.Plans.Report;

/// <summary>What both report formats need: the plan's years, its targets' progress, and agency names.</summary>
public sealed record ReportData(string Plan, string Area, int StartYear, int EndYear, IReadOnlyList<TargetProgress> Targets, IReadOnlyDictionary<string, string> AgencyNames)
{
    private const string PlanSql = "SELECT area_code AS AreaCode, start_year AS StartYear, end_year AS EndYear FROM plans WHERE code = @Code";

    private const string AgenciesSql = "SELECT code AS Code, name_vi AS NameVi FROM agencies";

    /// <summary>The report's data, or null for an unknown plan or area.</summary>
    public static async Task<ReportData?> LoadAsync(DbConnection connection, MeasureCatalogue catalogue, Request req, ClaimsPrincipal user, CancellationToken ct)
    {
        var plan = await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(PlanSql, new { req.Code }, cancellationToken: ct));
        var area = req.Area ?? plan?.AreaCode;
        if (plan is null || area is null || !catalogue.AreaParents.ContainsKey(area))
        {
            return null;
        }

        var targets = await PlanProgress.TargetsAsync(connection, catalogue, req.Code, plan.StartYear, area,
            ReadScope.ApprovedOnly(user, catalogue, area, req.ApprovedOnly), ProgressMethod.Unsd, ct);
        var agencies = (await connection.QueryAsync<AgencyRow>(new CommandDefinition(AgenciesSql, cancellationToken: ct))).ToDictionary(a => a.Code, a => a.NameVi);
        return new ReportData(req.Code, area, plan.StartYear, plan.EndYear, targets, agencies);
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
