using System.ComponentModel.DataAnnotations;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.Values;

/// <summary>One value behind a plan's targets, as it stands now or stood at an instant.</summary>
public sealed class Response
{
    public required string Code { get; init; }
    public required string Area { get; init; }
    [RegularExpression(Domain.Period.IdPattern)]
    public required string Period { get; init; }
    [Vocabulary(typeof(Sex))]
    public required string Sex { get; init; }
    public required double Value { get; init; }
    public string? Note { get; init; }
    [Vocabulary(typeof(ReviewStates))]
    public required string State { get; init; }
    public required int Version { get; init; }
    public required string EnteredBy { get; init; }
    public required NodaTime.Instant EnteredAt { get; init; }
}

public sealed class Endpoint(Database database, CatalogueCache catalogues, NodaTime.IClock clock) : Endpoint<Request, IReadOnlyList<Response>>
{
    private const string IndicatorsSql = "SELECT DISTINCT indicator_code FROM targets WHERE plan_code = @Code";

    private const string VersionsSql = """
        SELECT measure_code AS Code, area_code AS Area, period AS Period, sex AS Sex, version AS Version, value AS Value, note AS Note,
               deleted AS Deleted, entered_by AS EnteredBy, entered_at AS EnteredAt, upload_id AS UploadId, request_id AS RequestId, state AS State
        FROM value_history
        WHERE area_code = @Area AND measure_code IN @Codes AND (@Period IS NULL OR period = @Period)
        UNION ALL
        SELECT measure_code, area_code, period, sex, version, value, note, deleted, entered_by, entered_at, upload_id, request_id, state
        FROM data_values
        WHERE area_code = @Area AND measure_code IN @Codes AND (@Period IS NULL OR period = @Period)
        """;

    private const string PlanAreaSql = "SELECT area_code FROM plans WHERE code = @Code";

    private const string WritersSql = "SELECT username AS Username, agency_code AS Agency FROM users";

    public override void Configure()
    {
        Get("/api/plans/{code}/values");
        Description(d => d
            .WithName("GetPlanValues")
            .WithTags("Plans")
            .WithSummary("Số liệu của kế hoạch tại một thời điểm / A plan's values, now or as of an instant")
            .WithDescription("The values behind the plan's targets at an area — raw quantities of computed indicators and directly entered ones — as they stand, or as they stood at 'asOf' (rebuilt from history). approvedOnly keeps approved values. Values not yet approved, notes and who entered them are shown to the coordinator and the statistics office of the area and to the agency that entered them; others see approved values without notes or names.")
            .ProducesProblems(400, 401, 404));
    }

    public override async Task HandleAsync(Request req, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var indicators = (await connection.QueryAsync<string>(new CommandDefinition(IndicatorsSql, new { req.Code }, cancellationToken: ct))).AsList();
        if (indicators.Count == 0)
        {
            await Send.ResultAsync(Problems.NotFound($"Không có kế hoạch mã '{req.Code}'.", $"No plan with code '{req.Code}'."));
            return;
        }

        var catalogue = await catalogues.GetAsync();

        // The area on the plan's own map unless a date is asked; with a period, the unit bearing the code when it began.
        var planArea = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(PlanAreaSql, new { req.Code }, cancellationToken: ct));
        var date = req.Date ?? (req.Period is { } p && Domain.Period.TryParse(p, out var asked) ? AreaMap.Format(asked.Start) : null);
        var area = Areas.AreaDates.ForPlan(catalogue.Map, req.Area!, date, planArea, clock)?.Id ?? req.Area!;
        var codes = indicators.SelectMany(i => AgencyFields.Of(i, catalogue)).Select(f => f.Code).Distinct().ToList();
        var asOf = req.AsOf is null ? null : InstantText.Format(NodaTime.Text.InstantPattern.ExtendedIso.Parse(req.AsOf).Value);
        var writers = (await connection.QueryAsync<(string Username, string? Agency)>(new CommandDefinition(WritersSql, cancellationToken: ct)))
            .ToDictionary(w => w.Username, w => w.Agency, StringComparer.Ordinal);
        bool Sees(ValueVersion v) => ReadScope.SeesDetails(User, catalogue, area, writers.GetValueOrDefault(v.EnteredBy));
        var rows = await connection.QueryAsync<ValueStore.VersionRow>(new CommandDefinition(VersionsSql, new { Area = area, Codes = codes, req.Period }, cancellationToken: ct));

        var values = rows.GroupBy(r => (r.Code, r.Area, r.Period, r.Sex))
            .Select(g => (Key: g.Key, Version: asOf is null
                ? g.MaxBy(r => r.Version)!.ToVersion() is { Deleted: false } current ? current : null
                : ValueVersions.AsOf(g.Select(r => r.ToVersion()), asOf)))
            .Where(v => v.Version is not null
                && (v.Version.State == ReviewStates.Approved ? true : !req.ApprovedOnly && Sees(v.Version)))
            .OrderBy(v => v.Key.Code, StringComparer.Ordinal).ThenBy(v => v.Key.Period, StringComparer.Ordinal).ThenBy(v => v.Key.Sex, StringComparer.Ordinal)
            .Select(v => new Response
            {
                Code = v.Key.Code, Area = v.Key.Area, Period = v.Key.Period, Sex = v.Key.Sex, Value = v.Version!.Value, Note = Sees(v.Version) ? v.Version.Note : null,
                State = v.Version.State, Version = v.Version.Version, EnteredBy = Sees(v.Version) ? v.Version.EnteredBy : "", EnteredAt = InstantText.Parse(v.Version.EnteredAt),
            })
            .ToList();
        await Send.OkAsync(values, ct);
    }
}
