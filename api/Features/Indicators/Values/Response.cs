using EqualityTracker.Api.Shapes;
using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Indicators.Values;

public sealed class Response
{
    public required string Indicator { get; init; }
    public required AreaName Area { get; init; }

    /// <summary>How the value is computed from counts; null for indicators entered directly.</summary>
    public FormulaResponse? Formula { get; init; }

    /// <summary>True when an area without its own value gets one from the areas below it.</summary>
    public required bool RollsUp { get; init; }

    public required IReadOnlyList<ValuePoint> Series { get; init; }

    /// <summary>Why periods before the unit existed have no value although it has predecessors (the indicator does not add up).</summary>
    public string? PredecessorsNote { get; init; }

    /// <summary>With children=true: the same series for each area directly below.</summary>
    public IReadOnlyList<ChildSeries>? Children { get; init; }
}

public sealed class AreaName
{
    /// <summary>The GSO code.</summary>
    public required string Code { get; init; }

    /// <summary>The unit's id ('37' old Ninh Bình, '37@2025-07-01' the new one).</summary>
    public string? Unit { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
}

public sealed class ChildSeries
{
    public required AreaName Area { get; init; }
    public required IReadOnlyList<ValuePoint> Series { get; init; }
}

/// <summary><c>factor × numerator[numeratorSex] / denominator[denominatorSex]</c>.</summary>
public sealed class FormulaResponse
{
    public required double Factor { get; init; }
    public required string NumeratorCode { get; init; }
    public required string NumeratorSex { get; init; }
    public required string DenominatorCode { get; init; }
    public required string DenominatorSex { get; init; }
    public required string DescriptionVi { get; init; }
    public required string DescriptionEn { get; init; }
}

