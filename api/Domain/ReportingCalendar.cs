using NodaTime;

namespace EqualityTracker.Api.Domain;

/// <summary>A yearly date of a plan's reporting calendar (month/day in Viet Nam's time).</summary>
public sealed record ReportingEvent(string Code, string Kind, string? PeriodType, int Month, int Day);

/// <summary>When a plan period's report is due, when the period locks, and whether a submission was on time.</summary>
/// <remarks>
/// The plans say "trước ngày 10/12" (by 10 December): the due date itself still counts, until midnight in Viet Nam
/// (Asia/Ho_Chi_Minh). A year's report is due on the plan's annual deadline in that year; a first half-year's on its
/// half-year deadline; the second half is covered by the annual report. A period locks <c>lockAfterDays</c> after its
/// due date: from then on departments can no longer change its values unless the coordinator reopens it for them.
/// </remarks>
public static class ReportingCalendar
{
    public static readonly DateTimeZone VietNam = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    public static LocalDate? DueDate(IEnumerable<ReportingEvent> events, Period period)
    {
        var wanted = period.Type switch
        {
            PeriodType.Year => "year",
            PeriodType.HalfYear when period.Index == 1 => "half-year",
            PeriodType.HalfYear => "year",
            _ => null,
        };
        var deadline = events.FirstOrDefault(e => e.Kind == "deadline" && e.PeriodType == wanted);
        if (wanted is null || deadline is null)
        {
            return null;
        }

        var day = Math.Min(deadline.Day, CalendarSystem.Iso.GetDaysInMonth(period.Year, deadline.Month));
        return new LocalDate(period.Year, deadline.Month, day);
    }

    public static LocalDate LockDate(LocalDate dueDate, int lockAfterDays) => dueDate.PlusDays(lockAfterDays);

    /// <summary>Today in Viet Nam.</summary>
    public static LocalDate Today(Instant now) => now.InZone(VietNam).Date;

    /// <summary>True when the period is locked on <paramref name="now"/>: the day after its lock date has begun in Viet Nam.</summary>
    public static bool IsLocked(LocalDate? lockDate, Instant now) => lockDate is { } date && Today(now) > date;

    /// <summary>True when a submission made at <paramref name="submittedAt"/> is on time for <paramref name="dueDate"/>.</summary>
    public static bool OnTime(Instant submittedAt, LocalDate dueDate) => Today(submittedAt) <= dueDate;
}
