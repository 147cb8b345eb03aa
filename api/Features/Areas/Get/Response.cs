namespace EqualityTracker.Api.Features.Areas.Get;

public sealed class Response
{
    public required AreaResponse Area { get; init; }

    /// <summary>The areas above it, from the country down to its parent.</summary>
    public required IReadOnlyList<AreaResponse> Ancestors { get; init; }

    /// <summary>The areas directly below it on the date.</summary>
    public required IReadOnlyList<AreaResponse> Children { get; init; }

    /// <summary>The units it succeeded (new Ninh Bình: old Ninh Bình 37, Hà Nam 35, Nam Định 36).</summary>
    public required IReadOnlyList<SuccessionResponse> Predecessors { get; init; }

    /// <summary>The units that succeeded it.</summary>
    public required IReadOnlyList<SuccessionResponse> Successors { get; init; }
}

/// <summary>The other side of a succession: which unit, when, and the share that went across (1 whole; null unknown).</summary>
public sealed class SuccessionResponse
{
    public required string Code { get; init; }
    public required string Unit { get; init; }
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public required string EffectiveDate { get; init; }
    public double? Share { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
}
