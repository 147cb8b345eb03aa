using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Tests.Domain;

public sealed class AreaMapTests
{
    private static readonly LocalDate Reform = new(2025, 7, 1);

    // Old Ninh Bình 37 (district 369, commune 14320), Hà Nam 35 and Nam Định 36 became the new Ninh Bình on 1 July 2025;
    // Quảng Ninh 22 continued. Commune 14362 split into new 14362 and 14365 (no share); 14368 went half to new 14371.
    private static readonly AreaMap Map = new(
        [
            new AreaUnit("VN", "VN", null, 0, null, null),
            new AreaUnit("37", "37", "VN", 1, null, Reform), new AreaUnit("35", "35", "VN", 1, null, Reform), new AreaUnit("36", "36", "VN", 1, null, Reform),
            new AreaUnit("22", "22", "VN", 1, null, null),
            new AreaUnit("369", "369", "37", 2, null, Reform), new AreaUnit("14320", "14320", "369", 3, null, Reform),
            new AreaUnit("14362", "14362", "369", 3, null, Reform), new AreaUnit("14368", "14368", "369", 3, null, Reform),
            new AreaUnit("37@2025-07-01", "37", "VN", 1, Reform, null),
            new AreaUnit("14362@2025-07-01", "14362", "37@2025-07-01", 2, Reform, null), new AreaUnit("14365@2025-07-01", "14365", "37@2025-07-01", 2, Reform, null),
            new AreaUnit("14371@2025-07-01", "14371", "37@2025-07-01", 2, Reform, null),
        ],
        [
            new Succession("37", "37@2025-07-01", Reform, 1), new Succession("35", "37@2025-07-01", Reform, 1), new Succession("36", "37@2025-07-01", Reform, 1),
            new Succession("14362", "14362@2025-07-01", Reform, null), new Succession("14362", "14365@2025-07-01", Reform, null),
            new Succession("14368", "14371@2025-07-01", Reform, 0.5),
        ]);

    [TestCase("2020-01-01", "37")]
    [TestCase("2025-06-30", "37")]
    [TestCase("2025-07-01", "37@2025-07-01")]
    [TestCase("2026-01-01", "37@2025-07-01")]
    public void Resolve_AReusedCode_IsTheUnitBearingItOnTheDate(string date, string unit)
    {
        Assert.That(Map.Resolve("37", AreaMap.ParseDate(date)!.Value)?.Id, Is.EqualTo(unit));
    }

    [Test]
    public void Resolve_AnEndedUnit_IsNullAfterIt_ButTheLatestStillNamesIt()
    {
        Assert.That(Map.Resolve("369", new LocalDate(2026, 1, 1)), Is.Null);
        Assert.That(Map.ResolveOrLatest("369", new LocalDate(2026, 1, 1))?.Id, Is.EqualTo("369"));
        Assert.That(Map.ResolveOrLatest("nowhere", new LocalDate(2026, 1, 1)), Is.Null);
    }

    [Test]
    public void TreeOnADate_HoldsOnlyTheUnitsInForce()
    {
        Assert.That(Map.Level(1, new LocalDate(2020, 1, 1)).Select(u => u.Id), Is.EqualTo(new[] { "22", "35", "36", "37" }));
        Assert.That(Map.Level(1, new LocalDate(2026, 1, 1)).Select(u => u.Id), Is.EqualTo(new[] { "22", "37@2025-07-01" }));
        Assert.That(Map.Children("37@2025-07-01", new LocalDate(2026, 1, 1)).Select(u => u.Id), Is.EqualTo(new[] { "14362@2025-07-01", "14365@2025-07-01", "14371@2025-07-01" }));
        Assert.That(Map.Children("37", new LocalDate(2020, 1, 1)).Select(u => u.Id), Is.EqualTo(new[] { "369" }));
        Assert.That(Map.Tree(new LocalDate(2026, 1, 1)).Keys, Does.Not.Contain("369"));
    }

    [Test]
    public void IsWithin_CountsTheHomesPredecessorsSubtrees()
    {
        Assert.That(Map.IsWithin("14320", "37@2025-07-01"), Is.True, "old Ninh Bình's commune");
        Assert.That(Map.IsWithin("35", "37@2025-07-01"), Is.True, "Hà Nam");
        Assert.That(Map.IsWithin("14365@2025-07-01", "37@2025-07-01"), Is.True);
        Assert.That(Map.IsWithin("22", "37@2025-07-01"), Is.False);
        Assert.That(Map.IsWithin("37@2025-07-01", "37"), Is.False, "the old unit does not cover its successor");
    }

    [Test]
    public void Lineage_PutsThePredecessorBearingTheCodeFirst_AndAsOfFindsItBeforeTheChange()
    {
        Assert.That(Map.Lineage("37@2025-07-01"), Is.EqualTo(new[] { "37@2025-07-01", "37", "35", "36" }));
        Assert.That(Map.AsOf("37@2025-07-01", new LocalDate(2024, 1, 1)), Is.EqualTo("37"));
        Assert.That(Map.AsOf("37@2025-07-01", new LocalDate(2026, 1, 1)), Is.EqualTo("37@2025-07-01"));
    }

    [Test]
    public void PredecessorsFor_APeriodBeforeTheUnit_AreItsPredecessorsWithTheirShares()
    {
        var before = Map.PredecessorsFor("37@2025-07-01", new LocalDate(2024, 1, 1))!;
        var half = Map.PredecessorsFor("14371@2025-07-01", new LocalDate(2024, 1, 1))!;

        Assert.That(before.Parts, Is.EqualTo(new[] { new PredecessorPart("35", 1), new PredecessorPart("36", 1), new PredecessorPart("37", 1) }));
        Assert.That(before.UnknownSplit, Is.Null);
        Assert.That(half.Parts, Is.EqualTo(new[] { new PredecessorPart("14368", 0.5) }));
        Assert.That(Map.PredecessorsFor("37@2025-07-01", new LocalDate(2026, 1, 1)), Is.Null, "the unit existed: its own values");
        Assert.That(Map.PredecessorsFor("37", new LocalDate(2024, 1, 1)), Is.Null);
    }

    [Test]
    public void PredecessorsFor_ASplitWithoutAShare_NamesThePredecessor()
    {
        Assert.That(Map.PredecessorsFor("14365@2025-07-01", new LocalDate(2024, 1, 1))!.UnknownSplit, Is.EqualTo("14362"));
    }
}
