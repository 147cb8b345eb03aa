using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Tests.Domain;

/// <summary>Who owes which report: a town with two tiers (offices report to its Labour office, which reports to the province).</summary>
public sealed class ReportDutiesTests
{
    private static readonly AreaTree Tree = new(new Dictionary<string, string?>
    {
        ["VN"] = null, ["38"] = "VN", ["381"] = "38", ["38101"] = "381", ["38102"] = "381", ["37"] = "VN", ["369"] = "37", ["370"] = "37",
    });

    private static readonly DutyBody[] Town =
    [
        new("381", "BS-LABOUR", Leads: true), new("381", "BS-CULTURE", Leads: true), new("381", "WU", Leads: false),
        new("381", "COMMUNE-PC", Leads: false), new("381", "THANH-HOA-DOLISA", Leads: false),
    ];

    private static readonly ReportingDuty[] TownDuties =
    [
        new("half-year-report", "ALL", "BS-LABOUR", ReportKinds.HalfYear, 5, 22),
        new("province-half-year-report", "BS-LABOUR", "THANH-HOA-DOLISA", ReportKinds.HalfYear, 5, 25),
        new("gbv-report", "BS-LABOUR", "THANH-HOA-DOLISA", ReportKinds.Gbv, 12, 5),
        new("difficulties", "ALL", "BS-LABOUR", "ad-hoc", null, null),
    ];

    [Test]
    public void Offices_AndEachCommune_OweTheTownTheirHalfYearReport_AndTheTownOwesTheProvince()
    {
        var owed = ReportDuties.Expected(Town, TownDuties, Tree, 2018, 2018);

        Assert.That(owed.Where(r => r.Recipient == "BS-LABOUR").Select(r => $"{r.Area}:{r.Body}:{r.Period}:{r.Due:uuuu-MM-dd}"), Is.EquivalentTo(new[]
        {
            "381:BS-CULTURE:2018S1:2018-05-22", "381:WU:2018S1:2018-05-22", "38101:COMMUNE-PC:2018S1:2018-05-22", "38102:COMMUNE-PC:2018S1:2018-05-22",
        }));
        Assert.That(owed.Where(r => r.Recipient == "THANH-HOA-DOLISA").Select(r => $"{r.Body}:{r.Kind}:{r.Period}:{r.Due:uuuu-MM-dd}"), Is.EquivalentTo(new[]
        {
            "BS-LABOUR:half-year:2018S1:2018-05-25", "BS-LABOUR:gbv:2018:2018-12-05",
        }));
    }

    [Test]
    public void ADutyWithoutADate_OwesNothingACalendarCanChase()
    {
        var owed = ReportDuties.Expected(Town, TownDuties, Tree, 2018, 2018);

        Assert.That(owed.Select(r => r.Duty), Does.Not.Contain("difficulties"));
    }

    [Test]
    public void DistrictCommittees_EachOweTheirOwn_OverEveryYearOfThePlan()
    {
        var owed = ReportDuties.Expected([new("37", "DISTRICT-PC", Leads: true)], [new("annual-report", "ALL", "DOLISA", ReportKinds.Year, 12, 10)], Tree, 2021, 2022);

        Assert.That(owed.Select(r => $"{r.Area}:{r.Period}:{r.Due:uuuu-MM-dd}"), Is.EqualTo(new[]
        {
            "369:2021:2021-12-10", "370:2021:2021-12-10", "369:2022:2022-12-10", "370:2022:2022-12-10",
        }));
    }

    [Test]
    public void TheActionMonthWindow_IsReportedWhenItEnds()
    {
        var owed = ReportDuties.Expected([new("37", "WU", Leads: true)], [new("action-month", "ALL", null, ReportKinds.ActionMonth, 11, 15, 12, 15)], Tree, 2024, 2024);

        Assert.That(owed.Single().Due, Is.EqualTo(new LocalDate(2024, 12, 15)));
    }

    [Test]
    public void LeadBodies_AreOnlyThoseThatLeadAnActivity()
    {
        var owed = ReportDuties.Expected(Town, [new("plan", "LEAD-BODIES", "BS-LABOUR", ReportKinds.Plan, 3, 22)], Tree, 2018, 2018);

        Assert.That(owed.Select(r => r.Body), Is.EquivalentTo(new[] { "BS-CULTURE" }), "BS-LABOUR leads too, but it receives these: nobody reports to itself");
    }

    [Test]
    public void TheSameReportOwedTwice_IsOwedOnce_ByTheEarlierDate()
    {
        var owed = ReportDuties.Expected([new("37", "DOH", Leads: true)],
            [new("a", "ALL", "DOLISA", ReportKinds.Year, 12, 10), new("b", "DOH", "PROVINCE-PC", ReportKinds.Year, 12, 20)], Tree, 2024, 2024);

        Assert.That(owed.Single().Due, Is.EqualTo(new LocalDate(2024, 12, 10)));
    }
}
