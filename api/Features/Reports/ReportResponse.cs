using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Api.Features.Reports;

/// <summary>A body's implementation report for one reporting period of a plan, with its review state.</summary>
public sealed class ReportResponse
{
    public required string Plan { get; init; }
    public required string Area { get; init; }
    public required string Body { get; init; }
    public required string BodyNameVi { get; init; }
    public required string BodyNameEn { get; init; }

    [Vocabulary(typeof(ReportKinds))]
    public required string Kind { get; init; }

    public required string Period { get; init; }

    /// <summary>The body it goes to (the town's Labour office, DOLISA, the province…), when the plan names one.</summary>
    public string? Recipient { get; init; }

    public required LocalDate Due { get; init; }

    /// <summary>After this day (Viet Nam) the body can no longer change or submit it, unless its reviewer reopens it.</summary>
    public required LocalDate LockDate { get; init; }

    public required bool Locked { get; init; }

    /// <summary>Null while nothing has been filed.</summary>
    [Vocabulary(typeof(ReviewStates))]
    public string? State { get; init; }

    /// <summary>0 while nothing has been filed; the ETag is this number in quotes.</summary>
    public required int Version { get; init; }

    /// <summary>Results achieved (kết quả).</summary>
    public string? Results { get; init; }

    /// <summary>Difficulties and their causes (khó khăn, vướng mắc).</summary>
    public string? Difficulties { get; init; }

    /// <summary>Proposals (kiến nghị, đề xuất).</summary>
    public string? Proposals { get; init; }

    public required IReadOnlyList<ReportItem> Items { get; init; }

    public string? EnteredBy { get; init; }
    public Instant? EnteredAt { get; init; }
    public Instant? SubmittedAt { get; init; }

    /// <summary>Whether it was submitted by the end of its due date in Viet Nam (null until submitted).</summary>
    public bool? OnTime { get; init; }

    public string? ReviewedBy { get; init; }
    public Instant? ReviewedAt { get; init; }

    /// <summary>The reviewer's comment when returned.</summary>
    public string? Comment { get; init; }
}

/// <summary>What the body reports for one activity.</summary>
public sealed class ReportItem
{
    /// <summary>The activity's number in the plan.</summary>
    public required string Activity { get; init; }

    [Vocabulary(typeof(ActivityStatuses))]
    public required string Status { get; init; }

    public string? Note { get; init; }

    /// <summary>Outputs achieved: counts by sex where the output is counted by sex (F and M), otherwise _T.</summary>
    public required IReadOnlyList<ReportOutput> Outputs { get; init; }

    /// <summary>Outputs achieved beyond the ones the plan lists for the activity.</summary>
    public required IReadOnlyList<ReportAdditionalOutput> AdditionalOutputs { get; init; }

    /// <summary>Money spent, by source (million VND).</summary>
    public required IReadOnlyList<ReportSpending> Spent { get; init; }
}

public sealed class ReportOutput
{
    /// <summary>The output's number within the activity.</summary>
    public required int Number { get; init; }

    [Vocabulary(typeof(Sex))]
    public required string Sex { get; init; }

    public required double Achieved { get; init; }
}

/// <summary>An output achieved beyond the planned ones: women and men where the unit counts people (null when not recorded).</summary>
public sealed class ReportAdditionalOutput
{
    [Vocabulary(typeof(OutputUnits))]
    public required string Unit { get; init; }

    public required string Description { get; init; }
    public required int Total { get; init; }
    public int? Female { get; init; }
    public int? Male { get; init; }
}

public sealed class ReportSpending
{
    [Vocabulary(typeof(BudgetSources))]
    public required string Source { get; init; }

    public required double Amount { get; init; }
}
