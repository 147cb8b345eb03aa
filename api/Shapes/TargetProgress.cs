using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Shapes;

public sealed class TargetProgress
{
    public required int Objective { get; init; }
    public required string Number { get; init; }
    public required string IndicatorCode { get; init; }
    public required string IndicatorNameVi { get; init; }
    public required string IndicatorNameEn { get; init; }

    /// <summary>The target as the plan words it.</summary>
    public required string TextVi { get; init; }

    public required string TextEn { get; init; }
    [Vocabulary(typeof(Comparators))]
    public required string Comparator { get; init; }

    /// <summary>The target value.</summary>
    public required double Value { get; init; }

    public required int Year { get; init; }
    public required string Unit { get; init; }
    public required string UnitVi { get; init; }
    public required string UnitEn { get; init; }
    public required int Decimals { get; init; }
    public required IReadOnlyList<string> LeadAgencies { get; init; }

    /// <summary>achieved, on_track, acceleration_needed, limited_progress, regressing, insufficient_data, no_data, not_achieved or implausible.</summary>
    [Vocabulary(typeof(ProgressStatuses))]
    public required string Status { get; init; }

    /// <summary>The method's ratio (UNSD: share of the way from baseline to target the projection reaches).</summary>
    public double? Ratio { get; init; }

    public YearValue? Baseline { get; init; }
    public YearValue? Latest { get; init; }

    /// <summary>The value projected to the target year.</summary>
    public double? Projected { get; init; }

    /// <summary>True for a value no real population shows (sex ratio at birth outside 100–130, a share outside 0–100): status implausible.</summary>
    public required bool Implausible { get; init; }

    /// <summary>Why the value is implausible, in Vietnamese and English.</summary>
    public string? ImplausibleReason { get; init; }

    /// <summary>True when every value predates the plan's first year: the status rests on data from before the plan.</summary>
    public bool PredatesPlan { get; init; }

    /// <summary>The yearly series, for a sparkline.</summary>
    public required IReadOnlyList<YearValue> Series { get; init; }
}
