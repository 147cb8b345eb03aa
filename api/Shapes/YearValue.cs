using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Shapes;

/// <summary>A year and a value.</summary>
public sealed class YearValue
{
    public required int Year { get; init; }
    public required double Value { get; init; }

    public static YearValue? From(Observation? o) => o is null ? null : new YearValue { Year = o.Year, Value = o.Value };
}
