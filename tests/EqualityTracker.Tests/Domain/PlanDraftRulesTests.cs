using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Shapes;

namespace EqualityTracker.Tests.Domain;

public sealed class PlanDraftRulesTests
{
    private static readonly PlanFacts Facts = new(
        "NB-2026-2030",
        new HashSet<string> { "SRB" },
        new Dictionary<string, IReadOnlyList<string>> { ["LIVE_BIRTHS"] = ["F", "M", "_T"], ["SRB"] = ["_T"] },
        new HashSet<string> { "DOH", "DOLISA" },
        new HashSet<string> { "health" },
        new HashSet<string> { "percent", "count" },
        new HashSet<string> { "DOLISA" },
        new HashSet<string> { "VN-2021-2030", "NB-2026-2030" });

    private static PlanContent Plan() => new()
    {
        TitleVi = "Kế hoạch 2026-2030", TitleEn = "Plan 2026-2030", StartYear = 2026, EndYear = 2030, Implements = "VN-2021-2030", LegalBasisVi = "NQ 28",
        Objectives = [new PlanObjective { Number = 1, Domain = "health", TitleVi = "Y tế" }],
        Targets = [new PlanTarget { Objective = 1, Number = "1", Indicator = "SRB", Comparator = "<=", Value = 109, Year = 2030, Lead = ["DOH"] }],
    };

    private static IEnumerable<string> Names(PlanContent plan, bool issuing = false) => PlanDraftRules.Check(plan, Facts, issuing).Select(e => e.Name);

    [Test]
    public void ACompletePlan_BreaksNoRule() => Assert.That(Names(Plan(), issuing: true), Is.Empty);

    [Test]
    public void AnEmptyDraft_IsAllowed_ButNotIssued()
    {
        var plan = Plan();
        plan.Targets.Clear();

        Assert.That(Names(plan), Is.Empty);
        Assert.That(Names(plan, issuing: true), Is.EqualTo(new[] { "targets" }));
    }

    [Test]
    public void ATargetOutsideThePeriod_OnAnUnknownIndicator_UnderNoObjective_IsNamed()
    {
        var plan = Plan();
        plan.Targets.Add(new PlanTarget { Objective = 2, Number = "2", Indicator = "NOPE", Comparator = "~", Value = 1, Year = 2031, Lead = ["XYZ"] });

        Assert.That(Names(plan), Is.EquivalentTo(new[] { "targets[1].objective", "targets[1].indicator", "targets[1].comparator", "targets[1].year", "targets[1].lead" }));
    }

    [Test]
    public void ANewIndicator_NeedsAFreshCode_AndAFormulaOverKnownMeasuresAndSexes()
    {
        var plan = Plan();
        plan.NewIndicators.Add(new PlanIndicator { Code = "SRB", NameVi = "x", Domain = "health", Unit = "percent" });
        plan.NewIndicators.Add(new PlanIndicator
        {
            Code = "GIRLS_SHARE", NameVi = "Tỷ lệ bé gái", Domain = "health", Unit = "percent",
            Formula = new PlanFormula { Factor = 100, Numerator = "LIVE_BIRTHS", NumeratorSex = "F", Denominator = "SRB", DenominatorSex = "F" },
        });
        plan.Targets.Add(new PlanTarget { Objective = 1, Number = "2", Indicator = "GIRLS_SHARE", Comparator = ">=", Value = 48, Year = 2030 });

        Assert.That(Names(plan), Is.EquivalentTo(new[] { "newIndicators[0].code", "newIndicators[1].formula.denominatorSex" }));
    }

    [Test]
    public void AnActivity_ByABodyTheAreaLacks_OrOutsideThePeriod_IsNamed()
    {
        var plan = Plan();
        plan.Activities.Add(new PlanActivity { Number = "1", Domain = "health", TextVi = "Tập huấn", Timing = "year", Start = "2031-01-01", End = "2031-12-31", Lead = ["WU"] });
        plan.Bodies.Add(new PlanBody { Code = "WU", Kind = "mass-organisation", NameVi = "Hội LHPN" });

        Assert.That(Names(plan), Is.EqualTo(new[] { "activities[0].end" }), "the body the plan adds counts");
    }

    [Test]
    public void TheCalendar_KnowsWindowsFromDeadlines()
    {
        var plan = Plan();
        plan.Calendar.Add(new PlanEvent { Code = "action-month", Kind = "window", Month = 11, Day = 15, NameVi = "Tháng hành động" });
        plan.Calendar.Add(new PlanEvent { Code = "annual", Kind = "deadline", Month = 2, Day = 30, NameVi = "Báo cáo năm" });

        Assert.That(Names(plan), Is.EqualTo(new[] { "calendar[0].endDay", "calendar[1].day" }));
    }

    [Test]
    public void APlanCannotImplementItself_OrAnUnknownPlan()
    {
        var plan = Plan();
        plan.Implements = "NB-2026-2030";

        Assert.That(Names(plan), Is.EqualTo(new[] { "implements" }));
    }
}

public sealed class PlanCopyTests
{
    [Test]
    public void TheNextPlan_MovesYearsAndDates_ClearsBaselines_AndRenamesThePeriod()
    {
        var source = new PlanContent
        {
            TitleVi = "Kế hoạch giai đoạn 2021-2025", TitleEn = "Plan 2021-2025", StartYear = 2021, EndYear = 2025, Implements = "VN-2021-2030",
            Objectives = [new PlanObjective { Number = 1, Domain = "health", TitleVi = "Y tế" }],
            Targets =
            [
                new PlanTarget { Objective = 1, Number = "1", Indicator = "SRB", Comparator = "<=", Value = 111, Year = 2025, BaselineYear = 2020, BaselineValue = 115 },
                new PlanTarget { Objective = 1, Number = "2", Indicator = "MMR", Comparator = "<=", Value = 40, Year = 2023 },
            ],
            Activities = [new PlanActivity { Number = "1", Domain = "health", TextVi = "x", Timing = "window", Start = "2021-11-15", End = "2021-12-15" }],
            BudgetLines = [new PlanBudgetLine { Line = "I", TitleVi = "x", Year = 2022, Source = "provincial", Planned = 10 }],
            StatedTotals = [new PlanStatedTotal { Scope = "total", Stated = 10, SeedSentence = "x" }],
        };

        var next = PlanCopy.Next(source, 2026, 2030);

        Assert.Multiple(() =>
        {
            Assert.That((next.TitleVi, next.TitleEn, next.StartYear, next.EndYear, next.Implements), Is.EqualTo(("Kế hoạch giai đoạn 2026-2030", "Plan 2026-2030", 2026, 2030, "VN-2021-2030")));
            Assert.That(next.Targets.Select(t => (t.Year, t.BaselineYear, t.BaselineValue)), Is.EqualTo(new[] { (2030, (int?)null, (double?)null), (2028, null, null) }));
            Assert.That((next.Activities[0].Start, next.Activities[0].End), Is.EqualTo(("2026-11-15", "2026-12-15")));
            Assert.That(next.BudgetLines[0].Year, Is.EqualTo(2027));
            Assert.That(next.StatedTotals, Is.Empty);
        });
    }

    [Test]
    public void IntoAShorterPeriod_LateYearsGoToItsEnd()
    {
        var source = new PlanContent
        {
            StartYear = 2021, EndYear = 2025,
            Targets = [new PlanTarget { Objective = 1, Number = "1", Indicator = "SRB", Comparator = "<=", Value = 111, Year = 2025 }],
        };

        Assert.That(PlanCopy.Next(source, 2026, 2026).Targets.Single().Year, Is.EqualTo(2026));
    }
}
