using EqualityTracker.Api.Domain;

namespace EqualityTracker.Tests.Domain;

/// <summary>
/// A province P with districts D1, D2, D3; D1 has communes C1 and C2. Live births (boys, girls):
/// C1 (110, 100), C2 (330, 300); D2 reported (120, 100); D3 nothing.
/// </summary>
public sealed class RollUpTests
{
    private static readonly Dictionary<string, string[]> Tree = new()
    {
        ["P"] = ["D1", "D2", "D3"],
        ["D1"] = ["C1", "C2"],
    };

    private static RollUp SexRatio(Dictionary<string, Amounts> own) =>
        new(area => Tree.TryGetValue(area, out var children) ? children : [], area => own.TryGetValue(area, out var a) ? a : null);

    private static readonly Dictionary<string, Amounts> Births = new()
    {
        ["C1"] = new(110, 100),
        ["C2"] = new(330, 300),
        ["D2"] = new(120, 100),
    };

    [Test]
    public void District_WithoutItsOwnCounts_SumsItsCommunes()
    {
        var d1 = SexRatio(Births).For("D1")!;

        Assert.That(d1.Amounts, Is.EqualTo(new Amounts(440, 400)));
        Assert.That(d1.Origin, Is.EqualTo(Origin.Computed));
        Assert.That((d1.Contributing, d1.Children), Is.EqualTo((2, 2)));
    }

    [Test]
    public void Province_SumsNumeratorsAndDenominators_NotTheRatios()
    {
        var p = SexRatio(Births).For("P")!;

        // 100 × (440 + 120) / (400 + 100) = 112; averaging the districts' ratios (110 and 120) would say 115.
        Assert.That(p.Amounts, Is.EqualTo(new Amounts(560, 500)));
        Assert.That(100 * p.Amounts.Numerator / p.Amounts.Denominator!.Value, Is.EqualTo(112));
        Assert.That((p.Contributing, p.Children), Is.EqualTo((2, 3)), "D3 has no data: two of three districts contributed");
    }

    [Test]
    public void Area_WithItsOwnCounts_KeepsThemOverItsChildren()
    {
        var own = new Dictionary<string, Amounts>(Births) { ["D1"] = new(500, 450) };

        var d1 = SexRatio(own).For("D1")!;

        Assert.That(d1.Amounts, Is.EqualTo(new Amounts(500, 450)));
        Assert.That(d1.Origin, Is.EqualTo(Origin.Reported));
        Assert.That(d1.Contributing, Is.Null);
    }

    [Test]
    public void Area_WithNothingBelow_HasNoValue()
    {
        Assert.That(SexRatio(Births).For("D3"), Is.Null);
        Assert.That(SexRatio([]).For("P"), Is.Null);
    }

    [Test]
    public void Counts_WithoutADenominator_AddUp()
    {
        var facilities = new RollUp(area => Tree.TryGetValue(area, out var c) ? c : [],
            area => area switch { "C1" => new Amounts(1, null), "D2" => new Amounts(2, null), _ => null });

        Assert.That(facilities.For("P")!.Amounts, Is.EqualTo(new Amounts(3, null)));
    }

    [Test]
    public void Formula_ComputesFactorTimesRatio_AndNothingOverZero()
    {
        var mmr = new Formula("MMR", 100_000, "MATERNAL_DEATHS", "_T", "LIVE_BIRTHS", "_T", NumeratorBounded: true);

        Assert.That(mmr.Compute(3, 12_000), Is.EqualTo(25));
        Assert.That(mmr.Compute(3, 0), Is.Null);
        Assert.That(mmr.Compute(null, 12_000), Is.Null);
    }
}
