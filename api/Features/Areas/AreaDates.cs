using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Values;
using NodaTime;

namespace EqualityTracker.Api.Features.Areas;

/// <summary>How an area asked by code and date becomes a unit: the one rule every endpoint that takes an area follows.</summary>
/// <remarks>
/// With a <c>date</c>, the code names the unit bearing it on that day; none did → the answer says the unit did not exist
/// then. Without a date, the code names the unit bearing it today (Asia/Ho_Chi_Minh) — or, for a code no unit bears today
/// (an old district), the last unit that bore it, so an old code stays readable. A value's area is resolved at the end
/// of its period (<see cref="ForPeriod"/>): the first day.
/// </remarks>
public static class AreaDates
{
    /// <summary>The unit and the day it is read at, or the refusal (vi, en) when the code names no unit then.</summary>
    public static (AreaUnit? Unit, LocalDate Date, string? Vi, string? En) Resolve(AreaMap map, string code, string? date, IClock clock)
    {
        var today = ReportingCalendar.Today(clock.GetCurrentInstant());
        if (date is not null)
        {
            var day = AreaMap.ParseDate(date)!.Value;
            return map.Resolve(code, day) is { } unit
                ? (unit, day, null, null)
                : (null, day, NotOnVi(code, day, map), NotOnEn(code, day, map));
        }

        return map.ResolveOrLatest(code, today) is { } latest
            ? (latest, AreaMap.DayOf(latest, today), null, null)
            : (null, today, $"Không có đơn vị hành chính mã '{code}'.", $"No area with code '{code}'.");
    }

    /// <summary>An area asked of a plan endpoint: on <paramref name="date"/> when given, else on the plan's own map (a day
    /// its issuing unit existed: NB-2021-2025 stays on old Ninh Bình), falling back to the last unit that bore the code.
    /// Null when no unit fits (unknown code, or none on the date asked).</summary>
    public static AreaUnit? ForPlan(AreaMap map, string code, string? date, string? planUnit, IClock clock)
    {
        if (date is not null)
        {
            return map.Resolve(code, AreaMap.ParseDate(date)!.Value);
        }

        var today = ReportingCalendar.Today(clock.GetCurrentInstant());
        var day = planUnit is not null && map.Unit(planUnit) is { } plan ? AreaMap.DayOf(plan, today) : today;
        return map.ResolveOrLatest(code, day);
    }

    /// <summary>The unit a value of <paramref name="period"/> for <paramref name="code"/> belongs to: the one bearing the
    /// code on the period's FIRST day (a 2024 value of '37' is old Ninh Bình's, a 2026 one the new Ninh Bình's; the year
    /// 2025 began under the old map, so its annual values stay with the units of the plans of 2021–2025; 2025S2 is the
    /// new map's). A code that is already a unit id (<c>37@2025-07-01</c>) names that unit.</summary>
    public static AreaUnit? ForPeriod(AreaMap map, string code, Period period) =>
        map.Resolve(code, period.Start) ?? (code.Contains('@') && map.Unit(code) is { } unit && unit.ValidOn(period.Start) ? unit : null);

    /// <summary>An uploaded or written row with its area code replaced by the unit its period's end resolves to; when the
    /// code is known but named no unit on that day, an issue is added and the row is returned as it came.</summary>
    public static UploadRow ResolveRow(AreaMap map, UploadRow row, List<RowIssue> issues)
    {
        var code = row.Area.Trim();
        if (!Period.TryParse(row.Period.Trim().ToUpperInvariant(), out var period) || map.ResolveOrLatest(code, period.Start) is null && map.Unit(code) is null)
        {
            return row;
        }

        if (ForPeriod(map, code, period) is { } unit)
        {
            return row with { Area = unit.Id };
        }

        issues.Add(new RowIssue(row.Row, "area", row.Area, "area-not-in-force",
            $"Địa bàn mã '{code}' không tồn tại vào ngày đầu của kỳ {period.Id} ({period.Start:dd/MM/yyyy}): giá trị thuộc về đơn vị có mã đó vào ngày ấy.",
            $"No unit bore the area code '{code}' on the first day of period {period.Id} ({AreaMap.Format(period.Start)}): a value belongs to the unit bearing the code then."));
        return row;
    }

    public static string NotOnVi(string code, LocalDate day, AreaMap map) =>
        map.ResolveOrLatest(code, day) is null
            ? $"Không có đơn vị hành chính mã '{code}'."
            : $"Đơn vị hành chính mã '{code}' không tồn tại vào ngày {day:dd/MM/yyyy}.";

    public static string NotOnEn(string code, LocalDate day, AreaMap map) =>
        map.ResolveOrLatest(code, day) is null
            ? $"No area with code '{code}'."
            : $"No unit bore the area code '{code}' on {AreaMap.Format(day)}.";

    /// <summary>The validator rule for a <c>date</c> query parameter.</summary>
    public static bool IsDate(string? date) => date is null || AreaMap.TryParseDate(date, out _);

    public static readonly string DateMessage = Problems.Bilingual("'date' phải là ngày dạng YYYY-MM-DD.", "date must be an ISO date (YYYY-MM-DD).");

    /// <summary>The unit's catalogue for resolving.</summary>
    public static async Task<AreaMap> MapAsync(CatalogueCache catalogues) => (await catalogues.GetAsync()).Map;
}
