using EqualityTracker.Api.Domain;

namespace EqualityTracker.Tests.Domain;

/// <summary>Hand-computed cases of the progress engine, for targets set in a plan that starts in 2021.</summary>
public sealed class ProgressTests
{
    private static readonly ProgressTarget AtLeast60 = new(">=", 60, 2025, "percent", "percent");
    private static readonly ProgressTarget SexRatio111 = new("<=", 111, 2025, "ratio", "boys_per_100_girls");

    private static Observation[] Series(params (int Year, double Value)[] points) => points.Select(p => new Observation(p.Year, p.Value)).ToArray();

    private static ProgressResult Evaluate(ProgressTarget target, Observation[] series, ProgressMethod method = ProgressMethod.Unsd, bool sexRatio = false) =>
        Progress.Evaluate(target, 2021, series, method, sexRatio);

    [Test]
    public void HigherIsBetter_LatestMeetsTheTarget_IsAchieved()
    {
        Assert.That(Evaluate(AtLeast60, Series((2021, 50), (2023, 61))).Status, Is.EqualTo(ProgressStatus.Achieved));
    }

    [Test]
    public void HigherIsBetter_ProjectionPastTheTarget_IsOnTrack()
    {
        // CAGR = (50/40)^(1/2) − 1; v_2025 = 50 × 1.25 = 62.5; r = (62.5 − 40) / (60 − 40) = 1.125.
        var result = Evaluate(AtLeast60, Series((2021, 40), (2023, 50)));

        Assert.That(result.Status, Is.EqualTo(ProgressStatus.OnTrack));
        Assert.That(result.Projected, Is.EqualTo(62.5).Within(1e-9));
        Assert.That(result.Ratio, Is.EqualTo(1.125).Within(1e-9));
        Assert.That((result.Baseline, result.Latest), Is.EqualTo((new Observation(2021, 40), new Observation(2023, 50))));
    }

    [TestCase(44, 0.42, ProgressStatus.AccelerationNeeded, Description = "v_2025 = 44 × 1.1 = 48.4; r = 8.4 / 20")]
    [TestCase(40.4, 0.0402, ProgressStatus.LimitedProgress, Description = "v_2025 = 40.4 × 1.01 = 40.804; r = 0.804 / 20")]
    [TestCase(38, -0.195, ProgressStatus.Regressing, Description = "v_2025 = 38 × 0.95 = 36.1; r = −3.9 / 20")]
    public void HigherIsBetter_ByHowFarTheProjectionGets(double latest, double ratio, ProgressStatus status)
    {
        var result = Evaluate(AtLeast60, Series((2021, 40), (2023, latest)));

        Assert.That(result.Status, Is.EqualTo(status));
        Assert.That(result.Ratio, Is.EqualTo(ratio).Within(1e-9));
    }

    [TestCase(110, ProgressStatus.Achieved)]
    [TestCase(112, ProgressStatus.OnTrack, Description = "v_2025 = 112 × 112/116 = 108.14; r = 1.57")]
    [TestCase(115, ProgressStatus.AccelerationNeeded, Description = "v_2025 = 115 × 115/116 = 114.01; r = 0.40")]
    [TestCase(115.9, ProgressStatus.LimitedProgress, Description = "v_2025 = 115.8; r = 0.04")]
    [TestCase(117, ProgressStatus.Regressing)]
    public void LowerIsBetter_SexRatioAtBirthFrom116(double latest, ProgressStatus status)
    {
        Assert.That(Evaluate(SexRatio111, Series((2021, 116), (2023, latest)), sexRatio: true).Status, Is.EqualTo(status));
    }

    [Test]
    public void SexRatio_BelowAHundred_IsFlaggedNotCelebrated()
    {
        var result = Evaluate(SexRatio111, Series((2021, 112), (2023, 95)), sexRatio: true);

        Assert.That(result.Implausible, Is.True);
        Assert.That(result.Status, Is.Not.EqualTo(ProgressStatus.Achieved));
    }

    [Test]
    public void OnePoint_IsInsufficientData_AndNone_IsNoData()
    {
        Assert.That(Evaluate(AtLeast60, Series((2022, 45))).Status, Is.EqualTo(ProgressStatus.InsufficientData));
        Assert.That(Evaluate(AtLeast60, []).Status, Is.EqualTo(ProgressStatus.NoData));
    }

    [TestCase(1, ProgressStatus.Achieved)]
    [TestCase(0, ProgressStatus.NotAchieved)]
    public void YesNoTarget_IsAchievedOrNot(double latest, ProgressStatus status)
    {
        var curriculum = new ProgressTarget("=", 1, 2025, "yes_no", "yes_no");

        Assert.That(Evaluate(curriculum, Series((2024, latest))).Status, Is.EqualTo(status));
    }

    [Test]
    public void CountTarget_AtLeastOneFacility_IsAchievedOrNot()
    {
        var facilities = new ProgressTarget(">=", 1, 2025, "count", "count");

        Assert.That(Evaluate(facilities, Series((2022, 0), (2024, 0))).Status, Is.EqualTo(ProgressStatus.NotAchieved));
        Assert.That(Evaluate(facilities, Series((2022, 0), (2024, 2))).Status, Is.EqualTo(ProgressStatus.Achieved));
    }

    [Test]
    public void ZeroBaseline_ProjectsLinearly()
    {
        // No growth rate from 0: v_2025 = 10 + (10 − 0) / 2 × 2 = 20; r = 20 / 60.
        var result = Evaluate(AtLeast60, Series((2021, 0), (2023, 10)));

        Assert.That(result.Projected, Is.EqualTo(20).Within(1e-9));
        Assert.That(result.Ratio, Is.EqualTo(1.0 / 3).Within(1e-9));
        Assert.That(result.Status, Is.EqualTo(ProgressStatus.AccelerationNeeded));
    }

    [Test]
    public void NegativeBaseline_DoesNotCrash()
    {
        var change = new ProgressTarget(">=", 5, 2025, "number", "ratio");

        Assert.That(Evaluate(change, Series((2021, -2), (2023, 1))).Status, Is.EqualTo(ProgressStatus.AccelerationNeeded));
    }

    [Test]
    public void BaselineEqualToTarget_WithoutMeetingIt_IsJudgedByDirection()
    {
        var above90 = new ProgressTarget(">", 90, 2025, "percent", "percent");

        Assert.That(Evaluate(above90, Series((2021, 90), (2023, 89))).Status, Is.EqualTo(ProgressStatus.Regressing));
        Assert.That(Evaluate(above90, Series((2021, 90), (2023, 90))).Status, Is.EqualTo(ProgressStatus.OnTrack));
    }

    [Test]
    public void TargetYearPast_ProjectsNothing()
    {
        var due2020 = AtLeast60 with { Year = 2020 };

        var result = Progress.Evaluate(due2020, 2016, Series((2016, 40), (2023, 50)));

        Assert.That(result.Projected, Is.EqualTo(50));
        Assert.That(result.Status, Is.EqualTo(ProgressStatus.AccelerationNeeded), "r = (50 − 40) / (60 − 40) = 0.5");
    }

    [Test]
    public void Projection_NeverLeavesZeroToAHundredForPercentages()
    {
        var result = Evaluate(new ProgressTarget(">=", 100, 2030, "percent", "percent"), Series((2021, 50), (2023, 90)));

        Assert.That(result.Projected, Is.EqualTo(100));
    }

    [Test]
    public void BaselineOverride_IsUsed()
    {
        var withBaseline = AtLeast60 with { BaselineYear = 2020, BaselineValue = 30 };

        var result = Evaluate(withBaseline, Series((2021, 40), (2023, 50)));

        Assert.That(result.Baseline, Is.EqualTo(new Observation(2020, 30)));
    }

    [Test]
    public void Baseline_IsThePlansFirstYear_OrTheFirstLaterYearWithData()
    {
        Assert.That(Evaluate(AtLeast60, Series((2019, 20), (2021, 40), (2023, 50))).Baseline, Is.EqualTo(new Observation(2021, 40)));
        Assert.That(Evaluate(AtLeast60, Series((2019, 20), (2022, 42), (2023, 50))).Baseline, Is.EqualTo(new Observation(2022, 42)));
    }

    [Test]
    public void OpenSdg_HigherIsBetter_ComparesGrowthRates()
    {
        // observed = (44/40)^(1/2) − 1 = 0.0488; required = (60/40)^(1/4) − 1 = 0.1067; ratio = 0.457 < 0.6.
        var result = Evaluate(AtLeast60, Series((2021, 40), (2023, 44)), ProgressMethod.OpenSdg);

        Assert.That(result.Ratio, Is.EqualTo((Math.Sqrt(1.1) - 1) / (Math.Pow(1.5, 0.25) - 1)).Within(1e-9));
        Assert.That(result.Status, Is.EqualTo(ProgressStatus.LimitedProgress));
    }

    [Test]
    public void OpenSdg_LowerIsBetter_CountsFallingAsProgress()
    {
        // observed = (112/116)^(1/2) − 1 = −0.0174; required = (111/116)^(1/4) − 1 = −0.0110; ratio = 1.59.
        var result = Evaluate(SexRatio111, Series((2021, 116), (2023, 112)), ProgressMethod.OpenSdg, sexRatio: true);

        Assert.That(result.Ratio, Is.EqualTo((1 - Math.Sqrt(112.0 / 116)) / (1 - Math.Pow(111.0 / 116, 0.25))).Within(1e-9));
        Assert.That(result.Status, Is.EqualTo(ProgressStatus.OnTrack));
    }

    [Test]
    public void OpenSdg_ModestProgress_NeedsAcceleration()
    {
        // observed = (46/40)^(1/2) − 1 = 0.0724; required 0.1067; ratio 0.68: between 0.6 and 0.95.
        Assert.That(Evaluate(AtLeast60, Series((2021, 40), (2023, 46)), ProgressMethod.OpenSdg).Status, Is.EqualTo(ProgressStatus.AccelerationNeeded));
    }
}
