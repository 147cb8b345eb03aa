using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Shapes;

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
    public string Etag => ETagOf(Version);

    /// <summary>A version as an ETag: the number in quotes.</summary>
    public static string ETagOf(int version) => $"\"{version}\"";
}
