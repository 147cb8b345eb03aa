using EqualityTracker.Api.Domain;

namespace EqualityTracker.Tests.Domain;

/// <summary>Budget totals by hand: lines I (100 + 50), II with sub-lines II.1 and II.2, III (30).</summary>
public sealed class BudgetTotalsTests
{
    private static readonly BudgetAmount[] Table =
    [
        new("I", null, 2024, BudgetSources.Provincial, 100),
        new("I", null, 2025, BudgetSources.Central, 50),
        new("II", null, 2024, BudgetSources.Provincial, 70),
        new("II.1", "II", 2024, BudgetSources.Provincial, 40),
        new("II.2", "II", 2024, BudgetSources.Provincial, 30),
        new("III", null, 2025, BudgetSources.Provincial, 30),
    ];

    [Test]
    public void Sum_AddsTopLevelLinesOnly_SoSubLinesAreNotCountedTwice()
    {
        Assert.That(BudgetTotals.Sum(Table, _ => true), Is.EqualTo(250)); // 100 + 50 + 70 + 30, not + 40 + 30
    }

    [Test]
    public void AStatedTotalThatLeavesALineOut_IsShownWithTheDifference_AndThatLine()
    {
        var check = BudgetTotals.Check(Table, [new StatedTotal("total", null, null, null, 220)]).Single();

        Assert.That((check.Computed, check.Difference), Is.EqualTo((250.0, 30.0)));
        Assert.That(check.ExplainedBy, Is.EqualTo(new[] { "III" }));
    }

    [Test]
    public void ADifferenceOfTwoWholeLines_NamesBoth()
    {
        var check = BudgetTotals.Check(Table, [new StatedTotal("year", 2025, null, null, 0)]).Single();

        Assert.That((check.Computed, check.Difference), Is.EqualTo((80.0, 80.0)));
        Assert.That(check.ExplainedBy, Is.EqualTo(new[] { "I", "III" }));
    }

    [Test]
    public void ADifferenceNoLineExplains_IsShownWithoutAGuess()
    {
        var check = BudgetTotals.Check(Table, [new StatedTotal("total", null, null, null, 245)]).Single();

        Assert.That(check.Difference, Is.EqualTo(5));
        Assert.That(check.ExplainedBy, Is.Empty);
    }

    [Test]
    public void AMatchingTotal_HasNoDifference()
    {
        var check = BudgetTotals.Check(Table, [new StatedTotal("source", 2024, BudgetSources.Provincial, null, 170)]).Single();

        Assert.That((check.Computed, check.Difference, check.ExplainedBy.Count), Is.EqualTo((170.0, 0.0, 0)));
    }

    [Test]
    public void ALineTotal_SumsThatLineAlone()
    {
        var check = BudgetTotals.Check(Table, [new StatedTotal("line", null, null, "II.1", 40)]).Single();

        Assert.That((check.Computed, check.Difference), Is.EqualTo((40.0, 0.0)));
    }

    [Test]
    public void ALineThatDisagreesWithItsSubLines_IsListed()
    {
        BudgetAmount[] table = [.. Table.Where(a => a.Line != "II.2"), new("II.2", "II", 2024, BudgetSources.Provincial, 20)];

        var difference = BudgetTotals.CheckSubLines(table).Single();

        Assert.That((difference.Line, difference.Planned, difference.SubLines, difference.Difference), Is.EqualTo(("II", 70.0, 60.0, 10.0)));
        Assert.That(BudgetTotals.CheckSubLines(Table), Is.Empty);
    }
}
