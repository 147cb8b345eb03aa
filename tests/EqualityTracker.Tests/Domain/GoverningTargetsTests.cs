using EqualityTracker.Api.Domain;

namespace EqualityTracker.Tests.Domain;

/// <summary>A district (369) of Ninh Bình (37): Ninh Bình sets 2025, the country 2020, 2025 and 2030.</summary>
public sealed class GoverningTargetsTests
{
    private sealed record Goal(string Area, int Year, double Value);

    private static readonly AreaTree Tree = new(new Dictionary<string, string?> { ["VN"] = null, ["37"] = "VN", ["369"] = "37", ["22"] = "VN" });

    private static readonly Goal[] Goals = [new("VN", 2020, 112), new("VN", 2025, 111), new("VN", 2030, 109), new("37", 2025, 110.5)];

    private static Goal? Governing(string area, IReadOnlyList<Goal>? goals = null) =>
        GoverningTargets.Governing(goals ?? Goals, Tree, area, g => g.Area, g => g.Year);

    private static Goal? Ahead(string area, int? latest) => GoverningTargets.Ahead(Goals, Tree, area, latest, g => g.Area, g => g.Year);

    [Test]
    public void ADistrict_IsHeldToItsProvincesPlan_AProvinceWithoutOne_ToTheCountrysLatest()
    {
        Assert.That(Governing("369"), Is.EqualTo(new Goal("37", 2025, 110.5)));
        Assert.That(Governing("22"), Is.EqualTo(new Goal("VN", 2030, 109)));
        Assert.That(Governing("22", []), Is.Null);
    }

    [Test]
    public void TheGoalToProject_IsTheNearestStillAhead_ThenTheCountrysBeyondIt()
    {
        Assert.That(Ahead("37", 2023), Is.EqualTo(new Goal("37", 2025, 110.5)));
        Assert.That(Ahead("37", 2025), Is.EqualTo(new Goal("VN", 2030, 109)), "Ninh Bình's own goal year has passed");
        Assert.That(Ahead("37", 2031), Is.EqualTo(new Goal("37", 2025, 110.5)), "nothing ahead: the governing one");
        Assert.That(Ahead("22", null), Is.EqualTo(new Goal("VN", 2020, 112)), "no data yet: the first goal");
    }

    [TestCase(115.0, "<=", 111.0, 4.0)]
    [TestCase(109.0, "<=", 111.0, 0.0)]
    [TestCase(50.0, ">=", 60.0, 10.0)]
    [TestCase(65.0, ">=", 60.0, 0.0)]
    public void TheGap_IsTheShortfallInTheGoalsDirection(double value, string comparator, double goal, double gap)
    {
        Assert.That(Ranking.Gap(value, comparator, goal), Is.EqualTo(gap));
    }

    [Test]
    public void Ranking_PutsTheFurthestFirst_AreasWithoutAValueLast_TiesByCode()
    {
        (string Code, double? Gap)[] areas = [("371", 0), ("369", 3), ("372", null), ("370", 3), ("368", 1)];

        var order = Ranking.Order(areas, a => a.Gap, a => a.Code).Select(a => a.Code);

        Assert.That(order, Is.EqualTo(new[] { "369", "370", "368", "371", "372" }));
        Assert.That(Ranking.Gap(null, "<=", 111), Is.Null);
        Assert.That(Ranking.Gap(100, null, null), Is.Null);
    }
}
