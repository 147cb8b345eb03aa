using EqualityTracker.Api.Domain;

namespace EqualityTracker.Tests.Domain;

/// <summary>Rules that give the same status under every method, each hand-computed in both directions.</summary>
[TestFixture(ProgressMethod.Unsd)]
[TestFixture(ProgressMethod.OpenSdg)]
public sealed class ProgressRulesTests(ProgressMethod method)
{
    private static Observation[] Series(params (int Year, double Value)[] points) => points.Select(p => new Observation(p.Year, p.Value)).ToArray();

    private ProgressResult Evaluate(ProgressTarget target, Observation[] series, bool sexRatio = false) =>
        Progress.Evaluate(target, 2021, series, method, sexRatio);

    [Test]
    public void WomenInAgriculture_From28Point7To34Point9_AgainstBelow30_IsRegressing()
    {
        // The 2021 baseline (28.7) already met "below 30 by 2025"; 2022's 34.9 no longer does: moving away.
        var result = Evaluate(new ProgressTarget("<", 30, 2025, "percent", "percent"), Series((2021, 28.7), (2022, 34.9)));

        Assert.That(result.Status, Is.EqualTo(ProgressStatus.Regressing));
    }

    [Test]
    public void WomenInAgriculture_From34Point9To28Point7_AgainstBelow30_IsAchieved()
    {
        Assert.That(Evaluate(new ProgressTarget("<", 30, 2025, "percent", "percent"), Series((2021, 34.9), (2022, 28.7))).Status, Is.EqualTo(ProgressStatus.Achieved));
    }

    [Test]
    public void SexRatioAtBirth_From110To112_AgainstAtMost111_IsRegressing()
    {
        var result = Evaluate(new ProgressTarget("<=", 111, 2025, "ratio", "boys_per_100_girls"), Series((2021, 110), (2023, 112)), sexRatio: true);

        Assert.That(result.Status, Is.EqualTo(ProgressStatus.Regressing));
    }

    [Test]
    public void SexRatioAtBirth_From112To110_AgainstAtMost111_IsAchieved()
    {
        var result = Evaluate(new ProgressTarget("<=", 111, 2025, "ratio", "boys_per_100_girls"), Series((2021, 112), (2023, 110)), sexRatio: true);

        Assert.That(result.Status, Is.EqualTo(ProgressStatus.Achieved));
    }

    [TestCase(99)]
    [TestCase(131)]
    public void SexRatioAtBirth_OutsideTheBiologicalRange_IsImplausible_WithItsReason(double latest)
    {
        var result = Evaluate(new ProgressTarget("<=", 111, 2025, "ratio", "boys_per_100_girls"), Series((2021, 112), (2023, latest)), sexRatio: true);

        Assert.That(result.Status, Is.EqualTo(ProgressStatus.Implausible));
        Assert.That(result.Implausible, Is.True);
        Assert.That(result.ImplausibleReason, Does.Contain("100–130").And.Contain(" / "));
    }

    [Test]
    public void SexRatioAtBirth_InsideTheRange_IsNotImplausible()
    {
        var result = Evaluate(new ProgressTarget("<=", 111, 2025, "ratio", "boys_per_100_girls"), Series((2021, 112), (2023, 100)), sexRatio: true);

        Assert.That(result.Status, Is.EqualTo(ProgressStatus.Achieved));
        Assert.That(result.Implausible, Is.False);
    }

    [Test]
    public void AShareAbove100_IsImplausible()
    {
        Assert.That(Evaluate(new ProgressTarget(">=", 60, 2025, "percent", "percent"), Series((2021, 50), (2023, 104))).Status, Is.EqualTo(ProgressStatus.Implausible));
    }

    [Test]
    public void AShareThatFellFrom10To0_IsRegressing_NotInsufficientData()
    {
        // UNSD: CAGR = (0/10)^(1/2) − 1 = −1, v_2025 = 0, r = (0 − 10) / (60 − 10) = −0.2.
        // Open SDG: observed CAGR −1 against a required (60/10)^(1/4) − 1 = 0.565: ratio −1.77.
        var result = Evaluate(new ProgressTarget(">=", 60, 2025, "percent", "percent"), Series((2021, 10), (2023, 0)));

        Assert.That(result.Status, Is.EqualTo(ProgressStatus.Regressing));
        Assert.That(result.Ratio, Is.EqualTo(method == ProgressMethod.Unsd ? -0.2 : -1 / (Math.Pow(6, 0.25) - 1)).Within(1e-9));
    }

    [Test]
    public void AShareThatRoseFrom0To30_IsProjectedInAStraightLine()
    {
        // Baseline 0 has no growth rate. UNSD: v_2025 = 30 + 15 × 2 = 60, r = 1. Open SDG: 15 a year against 15 a year needed.
        var result = Evaluate(new ProgressTarget(">=", 60, 2025, "percent", "percent"), Series((2021, 0), (2023, 30)));

        Assert.That(result.Status, Is.EqualTo(ProgressStatus.OnTrack));
        Assert.That(result.Ratio, Is.EqualTo(1).Within(1e-9));
    }

    [Test]
    public void ValuesBeforeThePlan_MayShowTheTargetMet_AndSaySo()
    {
        var result = Evaluate(new ProgressTarget(">=", 60, 2025, "percent", "percent"), Series((2018, 55), (2020, 62)));

        Assert.That(result.Status, Is.EqualTo(ProgressStatus.Achieved));
        Assert.That(result.PredatesPlan, Is.True);
    }

    [Test]
    public void ValuesInThePlan_DoNotPredateIt()
    {
        var result = Evaluate(new ProgressTarget(">=", 60, 2025, "percent", "percent"), Series((2018, 55), (2022, 62)));

        Assert.That((result.Status, result.PredatesPlan), Is.EqualTo((ProgressStatus.Achieved, false)));
    }

    [Test]
    public void NoValueInThePlansYearsYet_TheBaselineIsTheLastYearBeforeThePlan()
    {
        var target = new ProgressTarget("<=", 109, 2030, "ratio", "boys_per_100_girls");
        IReadOnlyList<Observation> points = [new(2023, 113), new(2024, 112), new(2025, 111.5)];

        var baseline = EqualityTracker.Api.Domain.Progress.Baseline(target, 2026, points);
        var inThePlan = EqualityTracker.Api.Domain.Progress.Baseline(target, 2026, [.. points, new(2026, 111)]);

        Assert.That(baseline, Is.EqualTo(new Observation(2025, 111.5)), "the value the plan starts from");
        Assert.That(inThePlan, Is.EqualTo(new Observation(2026, 111)), "a year in the plan comes first");
    }
}
