using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Shapes;

/// <summary>A plan's whole content, as its author writes it: the draft being edited (<c>PUT /api/plans/{code}</c>) and
/// the snapshot every issued version keeps (<c>GET /api/plans/{code}/versions/{n}</c>).</summary>
public sealed class PlanContent
{
    public string TitleVi { get; set; } = "";
    public string TitleEn { get; set; } = "";

    /// <summary><c>strategy</c> (national), <c>five-year</c> or <c>annual</c>.</summary>
    [Vocabulary(typeof(PlanKinds))]
    public string Kind { get; set; } = PlanKinds.FiveYear;

    public int StartYear { get; set; }
    public int EndYear { get; set; }

    /// <summary>The code of the plan this one carries out (national strategy → province → commune), if any.</summary>
    public string? Implements { get; set; }

    public string LegalBasisVi { get; set; } = "";
    public string LegalBasisEn { get; set; } = "";

    public List<PlanObjective> Objectives { get; set; } = [];
    public List<PlanTarget> Targets { get; set; } = [];

    /// <summary>Indicators this plan defines (issued with it into the catalogue), for targets no existing indicator fits.</summary>
    public List<PlanIndicator> NewIndicators { get; set; } = [];

    public List<PlanActivity> Activities { get; set; } = [];
    public List<PlanBudgetLine> BudgetLines { get; set; } = [];

    /// <summary>Totals the document itself prints, kept beside the lines (they may disagree, as Quảng Ninh's do).</summary>
    public List<PlanStatedTotal> StatedTotals { get; set; } = [];

    /// <summary>The reporting calendar: yearly deadlines and windows.</summary>
    public List<PlanEvent> Calendar { get; set; } = [];

    /// <summary>Who reports to whom, by when.</summary>
    public List<PlanDuty> Duties { get; set; } = [];

    /// <summary>Bodies of the plan's area with a duty in it (added to the area's bodies when the plan is issued).</summary>
    public List<PlanBody> Bodies { get; set; } = [];
}

public sealed class PlanObjective
{
    public int Number { get; set; }
    public string Domain { get; set; } = "";
    public string TitleVi { get; set; } = "";
    public string TitleEn { get; set; } = "";
}

/// <summary>A target: indicator, year, comparator and value, under one of the plan's objectives.</summary>
public sealed class PlanTarget
{
    public int Objective { get; set; }

    /// <summary>As the plan numbers it: '1', '2a'.</summary>
    public string Number { get; set; } = "";

    /// <summary>An indicator of the catalogue, or one of <see cref="PlanContent.NewIndicators"/>.</summary>
    public string Indicator { get; set; } = "";

    /// <summary><c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>.</summary>
    [Vocabulary(typeof(Comparators))]
    public string Comparator { get; set; } = "";

    public double Value { get; set; }
    public int Year { get; set; }
    public string TextVi { get; set; } = "";
    public string TextEn { get; set; } = "";
    public int? BaselineYear { get; set; }
    public double? BaselineValue { get; set; }

    /// <summary>Agency codes that lead (chủ trì) it.</summary>
    public List<string> Lead { get; set; } = [];

    /// <summary>Agency codes that coordinate (phối hợp).</summary>
    public List<string> Coordinating { get; set; } = [];

    public string? Source { get; set; }
    public string? Confidence { get; set; }
}

/// <summary>An indicator the plan defines: a unit, a direction, and either a formula over existing measures or none
/// (a value entered directly, such as a survey's percentage).</summary>
public sealed class PlanIndicator
{
    public string Code { get; set; } = "";
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Domain { get; set; } = "";
    public string Unit { get; set; } = "";

    [Vocabulary(typeof(Directions))]
    public string Direction { get; set; } = Directions.Higher;

    public int Decimals { get; set; } = 1;
    public PlanFormula? Formula { get; set; }
}

/// <summary>factor × numerator[sex] / denominator[sex], over measures the catalogue has.</summary>
public sealed class PlanFormula
{
    public double Factor { get; set; } = 100;
    public string Numerator { get; set; } = "";
    public string NumeratorSex { get; set; } = Sex.Total;
    public string Denominator { get; set; } = "";
    public string DenominatorSex { get; set; } = Sex.Total;
}

/// <summary>An activity, with the same fields as <c>GET /api/plans/{code}/activities</c>.</summary>
public sealed class PlanActivity
{
    public string Number { get; set; } = "";
    public string Domain { get; set; } = "";
    public int? Objective { get; set; }
    public string TextVi { get; set; } = "";
    public string TextEn { get; set; } = "";

    [Vocabulary(typeof(ActivityTimings))]
    public string Timing { get; set; } = "year";

    /// <summary>ISO date.</summary>
    public string Start { get; set; } = "";

    /// <summary>ISO date.</summary>
    public string End { get; set; } = "";

    public string? Due { get; set; }

    /// <summary>Body codes (of the plan's area) that lead it.</summary>
    public List<string> Lead { get; set; } = [];

    public List<string> Coordinating { get; set; } = [];
    public List<PlanOutput> Outputs { get; set; } = [];
    public string? Seed { get; set; }
    public string? SeedSentence { get; set; }
}

public sealed class PlanOutput
{
    public int Number { get; set; }
    public string TextVi { get; set; } = "";
    public string TextEn { get; set; } = "";
    public double? Quantity { get; set; }

    [Vocabulary(typeof(OutputUnits))]
    public string Unit { get; set; } = "other";

    public bool BySex { get; set; }
    public string? Per { get; set; }

    /// <summary>GSO codes of the communes named.</summary>
    public List<string> Communes { get; set; } = [];

    public string? SeedSentence { get; set; }
}

/// <summary>A planned amount (million VND) of a budget line, for a year and a source.</summary>
public sealed class PlanBudgetLine
{
    public string Line { get; set; } = "";
    public string? ParentLine { get; set; }
    public string TitleVi { get; set; } = "";
    public string? LeadAgency { get; set; }
    public int Year { get; set; }

    [Vocabulary(typeof(BudgetSources))]
    public string Source { get; set; } = BudgetSources.Provincial;

    public double Planned { get; set; }
}

public sealed class PlanStatedTotal
{
    [Vocabulary(typeof(BudgetTotalScopes))]
    public string Scope { get; set; } = "total";

    public int? Year { get; set; }
    public string? Source { get; set; }
    public string? Line { get; set; }
    public double Stated { get; set; }
    public string SeedSentence { get; set; } = "";
}

public sealed class PlanEvent
{
    public string Code { get; set; } = "";

    [Vocabulary(typeof(ReportingEventKinds))]
    public string Kind { get; set; } = ReportingEventKinds.Deadline;

    public string? PeriodType { get; set; }
    public int Month { get; set; }
    public int Day { get; set; }
    public int? EndMonth { get; set; }
    public int? EndDay { get; set; }
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
}

public sealed class PlanDuty
{
    public string Code { get; set; } = "";
    public string Reporter { get; set; } = "";
    public string? Recipient { get; set; }
    public string ReportKind { get; set; } = "";
    public int? Month { get; set; }
    public int? Day { get; set; }
    public int? EndMonth { get; set; }
    public int? EndDay { get; set; }
    public string? PeriodType { get; set; }
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string SeedSentence { get; set; } = "";
}

public sealed class PlanBody
{
    public string Code { get; set; } = "";

    [Vocabulary(typeof(BodyKinds))]
    public string Kind { get; set; } = "department";

    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string? Agency { get; set; }
}
