using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Shapes;

/// <summary>One value of the series.</summary>
public sealed class ValuePoint
{
    [RegularExpression(Domain.Period.IdPattern)]
    public required string Period { get; init; }
    [Vocabulary(typeof(Sex))]
    public required string Sex { get; init; }
    public double? Value { get; init; }
    public double? Numerator { get; init; }
    public double? Denominator { get; init; }

    /// <summary><c>reported</c> for the area itself, <c>computed</c> when summed from the areas below it, <c>predecessors</c>
    /// when the period ended before the unit existed and its predecessors' counts were summed.</summary>
    public required string Origin { get; init; }

    /// <summary>With origin <c>predecessors</c>: the units summed, with their share and whether they had data.</summary>
    public IReadOnlyList<PredecessorCoverage>? Predecessors { get; init; }

    /// <summary>For a computed value: how many child areas contributed …</summary>
    public int? Contributing { get; init; }

    /// <summary>… out of how many exist.</summary>
    public int? ChildCount { get; init; }
}

/// <summary>One predecessor of a unit in a point summed from predecessors: its GSO code, unit, the share of its counts
/// that went to the unit (1 whole), and whether it had data for the period.</summary>
public sealed class PredecessorCoverage
{
    public required string Code { get; init; }
    public required string Unit { get; init; }
    public required double Share { get; init; }
    public required bool HasData { get; init; }
}
