using EqualityTracker.Api.Shapes;
using System.Text.Json;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.Progress;

public sealed class Endpoint(Database database, AnswerCache cache, CatalogueCache catalogues, NodaTime.IClock clock) : Endpoint<Request, Response>
{
    private const string PlanSql = "SELECT area_code AS AreaCode, start_year AS StartYear FROM plans WHERE code = @Code AND status = 'issued'";

    private const string ObjectivesSql = "SELECT number AS Number, title_vi AS TitleVi, title_en AS TitleEn FROM objectives WHERE plan_code = @Code";

    private const string AgenciesSql = "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn FROM agencies";

    public override void Configure()
    {
        Get("/api/plans/{code}/progress");
        AllowAnonymous();
        Options(route => route.RequireRateLimiting(RateLimits.PublicReads));
        Description(d => d
            .WithName("GetPlanProgress")
            .WithTags("Progress")
            .WithSummary("Tiến độ thực hiện kế hoạch / A plan's progress")
            .WithDescription(
                "Every target's status by the UNSD 2023 Progress Chart method (or method=opensdg): baseline (the plan's first year with " +
                "data), latest value, the latest projected to the target year with the compound annual growth rate, " +
                "v_T = v_t·(1+CAGR)^(T−t), and r = (v_T − v_b)/(target − v_b): achieved when the latest already meets the target, " +
                "on_track r ≥ 0.95, acceleration_needed 0.10 ≤ r < 0.95, limited_progress 0 ≤ r < 0.10, regressing r < 0, " +
                "insufficient_data with one value, no_data with none; yes/no and count targets are achieved or not_achieved. Under both methods " +
                "a value no real population shows (sex ratio at birth outside 100–130, a share outside 0–100) is implausible, with its reason, " +
                "and a target met at the baseline and no longer met is regressing. " +
                "Counts by status, per objective and per lead agency. Open to everyone: only approved values count, except for the coordinator and the statistics office of the area, who also see values not yet approved unless they ask approvedOnly=true.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesHeaders(StatusCodes.Status200OK, ApiHeaders.ETag)
            .ProducesHeaders(StatusCodes.Status304NotModified, ApiHeaders.ETag)
            .AcceptsHeader(ApiHeaders.IfNoneMatch)
            .ProducesProblems(400, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        // The plan's own area (when none is asked) is read only for the roles that could see unapproved values there.
        var catalogue = await catalogues.GetAsync();
        var planArea = await PlanAreaAsync(req.Code, ct);
        var askedUnit = req.Area is { } askedCode ? Areas.AreaDates.ForPlan(catalogue.Map, askedCode, req.Date, planArea, clock)?.Id : null;
        var approvedOnly = req.ApprovedOnly || !ReadScope.RoleSeesUnapproved(User)
            || !ReadScope.SeesUnapproved(User, catalogue, askedUnit ?? planArea ?? UserScope.Country);
        if (req.Area is { } asked && askedUnit is null && planArea is not null)
        {
            ThrowError(r => r.Area, req.Date is null
                ? Problems.Bilingual($"Không có địa bàn mã '{asked}'.", $"No area with code '{asked}'.")
                : Problems.Bilingual(Areas.AreaDates.NotOnVi(asked, AreaMap.ParseDate(req.Date)!.Value, catalogue.Map), Areas.AreaDates.NotOnEn(asked, AreaMap.ParseDate(req.Date)!.Value, catalogue.Map)));
        }

        var method = ProgressMethods.Parse(req.Method);
        var version = await cache.VersionAsync(ct);
        var etag = $"\"{version}-{(approvedOnly ? "a" : "d")}\"";
        HttpContext.Response.Headers.Vary = "Authorization";
        if (HttpContext.Request.Headers.IfNoneMatch == etag)
        {
            HttpContext.Response.Headers.ETag = etag;
            await Send.ResultAsync(TypedResults.StatusCode(StatusCodes.Status304NotModified));
            return;
        }

        // Kept serialized: a cache hit writes bytes, with no serialization per request. One computation per key at a time.
        var (code, area) = (req.Code, askedUnit);
        var answer = await cache.GetOrComputeJsonAsync($"plan|{code}|{area}|{approvedOnly}|{method}", version, token => ComputeAsync(code, area, approvedOnly, method, cache.Country(version), token), ct);
        if (answer is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Code}'.", $"No plan with code '{req.Code}'."));
            return;
        }

        HttpContext.Response.Headers.ETag = etag;
        await Send.BytesAsync(answer, contentType: "application/json; charset=utf-8", cancellation: ct);
    }

    private const string PlanAreaSql = "SELECT area_code FROM plans WHERE code = @Code AND status = 'issued'";

    private async Task<string?> PlanAreaAsync(string code, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(PlanAreaSql, new { Code = code }, cancellationToken: ct));
    }

    /// <summary>The answer from the database, or null for an unknown plan or area. Touches nothing of the request.</summary>
    private async Task<Response?> ComputeAsync(string code, string? askedArea, bool approvedOnly, ProgressMethod method, CountrySums country, CancellationToken ct)
    {
        await using var connection = await cache.OpenAsync(country.Version, ct);
        var plan = await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(PlanSql, new { Code = code }, cancellationToken: ct));
        var catalogue = await catalogues.GetAsync();
        var area = askedArea ?? plan?.AreaCode;
        if (plan is null || area is null || !catalogue.AreaParents.ContainsKey(area))
        {
            return null;
        }

        var progress = await PlanProgress.TargetsAsync(connection, catalogue, code, plan.StartYear, area, approvedOnly, method, country, ct);

        var objectives = (await connection.QueryAsync<ObjectiveRow>(new CommandDefinition(ObjectivesSql, new { Code = code }, cancellationToken: ct))).ToDictionary(o => o.Number);
        var agencies = (await connection.QueryAsync<AgencyRow>(new CommandDefinition(AgenciesSql, cancellationToken: ct))).ToDictionary(a => a.Code);
        return new Response
        {
            Plan = code,
            Area = catalogue.Map.Unit(area)?.Gso ?? area,
            Method = ProgressMethods.Name(method),
            ApprovedOnly = approvedOnly,
            Counts = Count(progress),
            Objectives = progress.GroupBy(p => p.Objective).OrderBy(g => g.Key).Select(g => new GroupCounts
            {
                Key = g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                NameVi = objectives.TryGetValue(g.Key, out var o) ? o.TitleVi : "", NameEn = objectives.TryGetValue(g.Key, out var e) ? e.TitleEn : "",
                Counts = Count(g),
            }).ToList(),
            Agencies = progress.SelectMany(p => p.LeadAgencies.Select(a => (Agency: a, Target: p))).GroupBy(x => x.Agency).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new GroupCounts { Key = g.Key, NameVi = agencies[g.Key].NameVi, NameEn = agencies[g.Key].NameEn, Counts = Count(g.Select(x => x.Target)) }).ToList(),
            Targets = progress,
        };
    }

    private static IReadOnlyDictionary<string, int> Count(IEnumerable<TargetProgress> targets)
    {
        var counts = ProgressStatuses.All.ToDictionary(s => s, _ => 0);
        foreach (var target in targets)
        {
            counts[target.Status]++;
        }

        return counts;
    }

    private sealed class PlanRow
    {
        public string AreaCode { get; init; } = "";
        public int StartYear { get; init; }
    }

    private sealed class ObjectiveRow
    {
        public int Number { get; init; }
        public string TitleVi { get; init; } = "";
        public string TitleEn { get; init; } = "";
    }

    private sealed class AgencyRow
    {
        public string Code { get; init; } = "";
        public string NameVi { get; init; } = "";
        public string NameEn { get; init; } = "";
    }
}
