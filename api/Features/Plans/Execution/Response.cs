using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Plans.Execution;

/// <summary>A plan's execution in a period, from approved reports only: activity completion and budget execution.</summary>
public sealed class Response
{
    public required string Plan { get; init; }

    /// <summary>The year, or null for the whole plan.</summary>
    public int? Period { get; init; }

    /// <summary>How the completion share and the budget execution are computed (Vietnamese / English).</summary>
    public required string Formula { get; init; }

    /// <summary>Approved reports read.</summary>
    public required int ApprovedReports { get; init; }

    public required CompletionFigures Overall { get; init; }

    /// <summary>By domain, in the domains' order; only domains with an activity in the period.</summary>
    public required IReadOnlyList<DomainCompletion> Domains { get; init; }

    /// <summary>Each activity planned in the period with its latest approved status (null: not reported).</summary>
    public required IReadOnlyList<ActivityCompletionRow> Activities { get; init; }

    public required BudgetExecution Budget { get; init; }
}

/// <summary>Activities planned in the period by where they stand, and the completion share.</summary>
public sealed class CompletionFigures
{
    public required int Planned { get; init; }
    public required int Done { get; init; }
    public required int InProgress { get; init; }
    public required int NotStarted { get; init; }
    public required int Postponed { get; init; }
    public required int Cancelled { get; init; }

    /// <summary>No approved report speaks of them.</summary>
    public required int NotReported { get; init; }

    /// <summary>Planned less cancelled: the denominator of the share.</summary>
    public required int Due { get; init; }

    /// <summary>Done ÷ due, in percent (one decimal); null when nothing is due.</summary>
    public double? Completion { get; init; }

    public static CompletionFigures Of(CompletionCounts c) => new()
    {
        Planned = c.Planned, Done = c.Done, InProgress = c.InProgress, NotStarted = c.NotStarted, Postponed = c.Postponed,
        Cancelled = c.Cancelled, NotReported = c.NotReported, Due = c.Due, Completion = c.Completion,
    };
}

public sealed class DomainCompletion
{
    public required string Domain { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public required CompletionFigures Figures { get; init; }
}

public sealed class ActivityCompletionRow
{
    public required string Number { get; init; }
    public required string Domain { get; init; }

    /// <summary>Null when no approved report speaks of it.</summary>
    [Vocabulary(typeof(ActivityStatuses))]
    public string? Status { get; init; }
}

/// <summary>Budget planned (the budget table's top-level lines) against spent (approved reports), million VND.</summary>
public sealed class BudgetExecution
{
    public required string Unit { get; init; }
    public required IReadOnlyList<SourceExecution> Sources { get; init; }
    public required double Planned { get; init; }
    public required double Spent { get; init; }

    /// <summary>Spent ÷ planned in percent (one decimal); null when the plan's table gives nothing for the period.</summary>
    public double? Execution { get; init; }
}

public sealed class SourceExecution
{
    [Vocabulary(typeof(BudgetSources))]
    public required string Source { get; init; }

    public required double Planned { get; init; }
    public required double Spent { get; init; }
    public double? Execution { get; init; }
}
