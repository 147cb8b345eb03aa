using EqualityTracker.Api.Shapes;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Plans.Get;

public sealed class Response
{
    public required PlanSummary Plan { get; init; }
    public required IReadOnlyList<ObjectiveResponse> Objectives { get; init; }

    /// <summary>The plan's reporting calendar: yearly deadlines and windows, in Viet Nam's time.</summary>
    public required IReadOnlyList<ReportingEventResponse> ReportingCalendar { get; init; }
}

/// <summary>An objective (mục tiêu) of the plan with the targets set under it.</summary>
public sealed class ObjectiveResponse
{
    public required int Number { get; init; }
    public required string Domain { get; init; }
    public required string DomainNameVi { get; init; }
    public required string DomainNameEn { get; init; }
    public required string TitleVi { get; init; }
    public required string TitleEn { get; init; }
    public IReadOnlyList<TargetResponse> Targets { get; set; } = [];
}

/// <summary>A date that recurs every plan year: a report deadline, or a window such as the Action Month.</summary>
public sealed class ReportingEventResponse
{
    public required string Code { get; init; }

    /// <summary><c>deadline</c> (a report due by month/day) or <c>window</c> (month/day to endMonth/endDay).</summary>
    [Vocabulary(typeof(ReportingEventKinds))]
    public required string Kind { get; init; }

    /// <summary>The reporting period the deadline closes: <c>half-year</c>, <c>year</c>, or none.</summary>
    public string? PeriodType { get; init; }

    public required int Month { get; init; }
    public required int Day { get; init; }
    public int? EndMonth { get; init; }
    public int? EndDay { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
}
