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

    /// <summary><c>reported</c> for the area itself, <c>computed</c> when summed from the areas below it.</summary>
    public required string Origin { get; init; }

    /// <summary>For a computed value: how many child areas contributed …</summary>
    public int? Contributing { get; init; }

    /// <summary>… out of how many exist.</summary>
    public int? ChildCount { get; init; }
}
