using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Shapes;

/// <summary>A year and a value.</summary>
public sealed class YearValue
{
    public required int Year { get; init; }
    public required double Value { get; init; }

    /// <summary>For a year before the area existed (a new province of 1 July 2025): the old units whose counts were
    /// summed for it, with their names and whether each had data; absent for the area's own data.</summary>
    public IReadOnlyList<PredecessorName>? Predecessors { get; init; }

    public static YearValue? From(Observation? o, IReadOnlyDictionary<int, IReadOnlyList<PredecessorName>>? summed = null) =>
        o is null ? null : new YearValue { Year = o.Year, Value = o.Value, Predecessors = summed?.GetValueOrDefault(o.Year) };
}

/// <summary>An old unit whose counts a value sums: its GSO code, its names, and whether it had data for the year.</summary>
public sealed class PredecessorName
{
    public required string Code { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public required bool HasData { get; init; }
}
