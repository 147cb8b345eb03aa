using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Values;

/// <summary>The route of a single value: <c>/api/values/{code}/{area}/{period}/{sex}</c>.</summary>
public class ValueKey
{
    /// <summary>A raw quantity or a directly entered indicator, e.g. LIVE_BIRTHS.</summary>
    public string Code { get; init; } = "";

    /// <summary>GSO code of the area.</summary>
    public string Area { get; init; } = "";

    /// <summary>DHIS2 period id: 2025, 2025S1, 2025Q3, 202505.</summary>
    [RegularExpression(Domain.Period.IdPattern)]
    public string Period { get; init; } = "";

    /// <summary>F, M or _T (write _T as is; it is URL-safe).</summary>
    [Vocabulary(typeof(Sex))]
    public string Sex { get; init; } = "";

    /// <summary>The key as it is checked and stored: trimmed, codes, periods and sexes in upper case.</summary>
    /// <remarks>What is validated is what is written: every write uses this copy, never the raw route values.</remarks>
    public ValueKey Normalized() => new()
    {
        Code = Code.Trim().ToUpperInvariant(),
        Area = Area.Trim(),
        Period = Period.Trim().ToUpperInvariant(),
        Sex = Sex.Trim().ToUpperInvariant(),
    };
}

/// <summary>One stored value with its version; the version is also its ETag.</summary>
public sealed class ValueResponse
{
    public required string Code { get; init; }
    public required string Area { get; init; }
    [RegularExpression(Domain.Period.IdPattern)]
    public required string Period { get; init; }
    [Vocabulary(typeof(Sex))]
    public required string Sex { get; init; }
    public required double Value { get; init; }
    public string? Note { get; init; }

    /// <summary><c>draft</c>, <c>submitted</c>, <c>approved</c> or <c>returned</c>.</summary>
    [Vocabulary(typeof(ReviewStates))]
    public required string State { get; init; }

    public required int Version { get; init; }
    public required string EnteredBy { get; init; }
    public required NodaTime.Instant EnteredAt { get; init; }

    /// <summary>The same value without its note and who entered it, for readers who may see only the published number.</summary>
    public ValueResponse WithoutDetails() => new()
    {
        Code = Code, Area = Area, Period = Period, Sex = Sex, Value = Value, Note = null, State = State, Version = Version,
        EnteredBy = "", EnteredAt = EnteredAt,
    };

    /// <summary>The ETag to send back in If-Match to change or delete this version.</summary>
    public string Etag => ValueStore.ETagOf(Version);
}
