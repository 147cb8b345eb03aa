using EqualityTracker.Api.Domain;
using NodaTime;
using Period = EqualityTracker.Api.Domain.Period;

namespace EqualityTracker.Tests.Domain;

public sealed class PeriodTests
{
    [TestCase("2024", PeriodType.Year, "2024-01-01", "2024-12-31")]
    [TestCase("2024S1", PeriodType.HalfYear, "2024-01-01", "2024-06-30")]
    [TestCase("2024S2", PeriodType.HalfYear, "2024-07-01", "2024-12-31")]
    [TestCase("2024Q3", PeriodType.Quarter, "2024-07-01", "2024-09-30")]
    [TestCase("202402", PeriodType.Month, "2024-02-01", "2024-02-29")]
    [TestCase("202412", PeriodType.Month, "2024-12-01", "2024-12-31")]
    public void Parse_ADhis2Id_GivesItsTypeAndDays(string id, PeriodType type, string start, string end)
    {
        var period = Period.Parse(id);

        Assert.That(period.Type, Is.EqualTo(type));
        Assert.That(period.Start.ToString("yyyy-MM-dd", null), Is.EqualTo(start));
        Assert.That(period.End.ToString("yyyy-MM-dd", null), Is.EqualTo(end));
        Assert.That(period.Id, Is.EqualTo(id), "the id round-trips");
    }

    [TestCase("")]
    [TestCase("24")]
    [TestCase("2024S3")]
    [TestCase("2024S0")]
    [TestCase("2024Q5")]
    [TestCase("202413")]
    [TestCase("202400")]
    [TestCase("2024W1")]
    [TestCase("1899")]
    [TestCase("20245")]
    [TestCase("2024-01")]
    [TestCase(" 2024")]
    public void TryParse_SomethingElse_IsFalse(string text)
    {
        Assert.That(Period.TryParse(text, out _), Is.False);
    }

    [TestCase("2026", false)]
    [TestCase("2026S1", false)]
    [TestCase("2026S2", true)]
    [TestCase("202606", false)]
    [TestCase("202607", true)]
    [TestCase("2027", true)]
    public void IsFutureOn_IsTrueOnlyForPeriodsNotStartedYet(string id, bool future)
    {
        Assert.That(Period.Parse(id).IsFutureOn(new LocalDate(2026, 6, 30)), Is.EqualTo(future));
    }

    [Test]
    public void CompareTo_OrdersByStartThenLongerFirst()
    {
        var sorted = new[] { "2024Q2", "2023", "202401", "2024", "2024S1" }.Select(Period.Parse).Order().Select(p => p.Id);

        Assert.That(sorted, Is.EqualTo(new[] { "2023", "2024", "2024S1", "202401", "2024Q2" }));
    }
}
