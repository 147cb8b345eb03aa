using EqualityTracker.Api.Domain;
using NodaTime;
using Period = EqualityTracker.Api.Domain.Period;

namespace EqualityTracker.Tests.Domain;

public sealed class ReportingCalendarTests
{
    private static readonly ReportingEvent[] ThaiNguyen =
    [
        new("half-year-report", "deadline", "half-year", 6, 10),
        new("annual-report", "deadline", "year", 12, 10),
        new("action-month", "window", null, 11, 15),
    ];

    [TestCase("2017", "2017-12-10")]
    [TestCase("2017S1", "2017-06-10")]
    [TestCase("2017S2", "2017-12-10")]
    public void DueDate_FollowsThePlansCalendar(string period, string due)
    {
        Assert.That(ReportingCalendar.DueDate(ThaiNguyen, Period.Parse(period))?.ToString("yyyy-MM-dd", null), Is.EqualTo(due));
    }

    [Test]
    public void DueDate_WithoutAMatchingDeadline_IsNone()
    {
        Assert.That(ReportingCalendar.DueDate(ThaiNguyen, Period.Parse("2017Q1")), Is.Null);
        Assert.That(ReportingCalendar.DueDate([new ReportingEvent("annual-report", "deadline", "year", 12, 10)], Period.Parse("2017S1")), Is.Null);
    }

    [TestCase("2025-12-10T16:59:59Z", true, Description = "23:59:59 on 10 December in Viet Nam")]
    [TestCase("2025-12-10T17:00:00Z", false, Description = "00:00 on 11 December in Viet Nam, still 10 December in UTC")]
    [TestCase("2025-12-09T20:00:00Z", true)]
    public void OnTime_CountsTheDueDayUntilMidnightInVietNam(string submittedAt, bool onTime)
    {
        var at = NodaTime.Text.InstantPattern.ExtendedIso.Parse(submittedAt).Value;

        Assert.That(ReportingCalendar.OnTime(at, new LocalDate(2025, 12, 10)), Is.EqualTo(onTime));
    }

    [Test]
    public void LockDate_AcrossTheYearEnd_LocksOnTheRightDay()
    {
        var lockDate = ReportingCalendar.LockDate(new LocalDate(2025, 12, 10), 25);

        Assert.That(lockDate, Is.EqualTo(new LocalDate(2026, 1, 4)));
        Assert.That(ReportingCalendar.IsLocked(lockDate, Instant.FromUtc(2026, 1, 4, 16, 59, 59)), Is.False, "23:59:59 on 4 January in Viet Nam");
        Assert.That(ReportingCalendar.IsLocked(lockDate, Instant.FromUtc(2026, 1, 4, 17, 0)), Is.True, "00:00 on 5 January in Viet Nam");
        Assert.That(ReportingCalendar.IsLocked(null, Instant.FromUtc(2030, 1, 1, 0, 0)), Is.False, "no deadline, no lock");
    }
}

public sealed class ValueVersionsTests
{
    private static readonly ValueVersion[] Versions =
    [
        new(1, 100, null, false, "doh", "2025-01-01T00:00:00.0000000Z", null, "req-1"),
        new(2, 120, "revised", false, "statistics", "2025-02-01T00:00:00.0000000Z", 7, null),
        new(3, 120, "revised", true, "doh", "2025-03-01T00:00:00.0000000Z", null, "req-3"),
        new(4, 90, null, false, "doh", "2025-04-01T00:00:00.0000000Z", null, "req-4"),
    ];

    [Test]
    public void Events_ReadCreateChangeDeleteAndCreateAgain_WithOldAndNewValues()
    {
        var events = ValueVersions.Events(Versions.Reverse());

        Assert.That(events.Select(e => (e.Action, e.OldValue, e.NewValue, e.By)), Is.EqualTo(new (string, double?, double?, string)[]
        {
            ("create", null, 100, "doh"), ("update", 100, 120, "statistics"), ("delete", 120, null, "doh"), ("create", null, 90, "doh"),
        }));
        Assert.That(events[1].UploadId, Is.EqualTo(7));
        Assert.That(events[0].RequestId, Is.EqualTo("req-1"));
    }

    [TestCase("2024-12-31T00:00:00.0000000Z", null)]
    [TestCase("2025-01-15T00:00:00.0000000Z", 100d)]
    [TestCase("2025-02-01T00:00:00.0000000Z", 120d)]
    [TestCase("2025-03-15T00:00:00.0000000Z", null)]
    [TestCase("2025-05-01T00:00:00.0000000Z", 90d)]
    public void AsOf_GivesTheVersionInForceThen(string instant, double? expected)
    {
        Assert.That(ValueVersions.AsOf(Versions, instant)?.Value, Is.EqualTo(expected));
    }
}
