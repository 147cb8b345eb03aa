using EqualityTracker.Api.Domain;

namespace EqualityTracker.Tests.Domain;

public sealed class AreaTreeTests
{
    // Ninh Bình city (369) in Ninh Bình (37) in Viet Nam; a ward of it (14320).
    private static readonly AreaTree Tree = new(new Dictionary<string, string?> { ["VN"] = null, ["37"] = "VN", ["369"] = "37", ["14320"] = "369", ["22"] = "VN" });

    [Test]
    public void AreaAndAncestors_WalksUpToTheCountry_NearestFirst()
    {
        Assert.That(Tree.AreaAndAncestors("14320"), Is.EqualTo(new[] { "14320", "369", "37", "VN" }));
    }

    [TestCase("14320", "37", true)]
    [TestCase("37", "37", true)]
    [TestCase("22", "37", false)]
    [TestCase("37", "369", false)]
    [TestCase("22", "VN", true)]
    public void IsWithin_IsTheAreaOrBelowIt(string area, string home, bool within)
    {
        Assert.That(Tree.IsWithin(area, home), Is.EqualTo(within));
    }
}
