using EqualityTracker.Api.Shapes;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Features.Indicators.Values;
using EqualityTracker.Api.Features.Progress;

namespace EqualityTracker.Api.Features.Indicators.Progress;

public sealed class Response
{
    public required string Indicator { get; init; }
    public required string Area { get; init; }
    public required bool ApprovedOnly { get; init; }

    /// <summary>The series by sex (female, male, total where they exist), yearly and sub-yearly.</summary>
    public required IReadOnlyList<ValuePoint> Series { get; init; }

    /// <summary>Every target that applies to the area: its own plans' and those of the areas above it (national goals).</summary>
    public required IReadOnlyList<GoalResponse> Goals { get; init; }

    /// <summary>The first goal still ahead (the area's own, else the nearest above), with status, and the total series projected to its year.</summary>
    public ProjectionResponse? Projection { get; init; }
}

public sealed class GoalResponse
{
    public required string PlanCode { get; init; }
    public required string PlanTitleVi { get; init; }
    public required string PlanTitleEn { get; init; }
    public required string PlanAreaCode { get; init; }
    public required string PlanAreaNameVi { get; init; }
    public required string PlanAreaNameEn { get; init; }
    [Vocabulary(typeof(Comparators))]
    public required string Comparator { get; init; }
    public required double Value { get; init; }
    public required int Year { get; init; }
}

public sealed class ProjectionResponse
{
    public required string PlanCode { get; init; }
    public required int TargetYear { get; init; }
    public required double TargetValue { get; init; }
    [Vocabulary(typeof(ProgressStatuses))]
    public required string Status { get; init; }
    public double? Ratio { get; init; }
    public YearValue? Baseline { get; init; }
    public YearValue? Latest { get; init; }
    public required bool Implausible { get; init; }

    /// <summary>Why the value is implausible, in Vietnamese and English.</summary>
    public string? ImplausibleReason { get; init; }

    /// <summary>From the latest year to the target year, the compound-growth path v_t·(1+CAGR)^(y−t), bounded.</summary>
    public required IReadOnlyList<YearValue> Points { get; init; }
}
