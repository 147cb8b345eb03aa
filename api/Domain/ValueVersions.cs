namespace EqualityTracker.Api.Domain;

/// <summary>One stored version of a value: the current row or a superseded one from history.</summary>
public sealed record ValueVersion(int Version, double Value, string? Note, bool Deleted, string EnteredBy, string EnteredAt, int? UploadId, string? RequestId, string State = ReviewStates.Approved);

/// <summary>A create, change or delete, read from two consecutive versions.</summary>
public sealed record ValueEvent(int Version, string Action, double? OldValue, double? NewValue, string? Note, string By, string At, int? UploadId, string? RequestId);

/// <summary>Turns a value's versions into the events a person reads as its history.</summary>
/// <remarks>
/// History keeps whole superseded rows rather than events: version k is written by event k, whose old value is
/// version k−1's. A deleted version records who deleted it and when; a version after a deleted one re-creates it.
/// </remarks>
public static class ValueVersions
{
    /// <summary>The events, oldest first.</summary>
    public static IReadOnlyList<ValueEvent> Events(IEnumerable<ValueVersion> versions)
    {
        var events = new List<ValueEvent>();
        ValueVersion? previous = null;
        foreach (var version in versions.OrderBy(v => v.Version))
        {
            var action = version.Deleted ? "delete" : previous is null || previous.Deleted ? "create" : "update";
            events.Add(new ValueEvent(
                version.Version,
                action,
                previous is { Deleted: false } ? previous.Value : null,
                version.Deleted ? null : version.Value,
                version.Note,
                version.EnteredBy,
                version.EnteredAt,
                version.UploadId,
                version.RequestId));
            previous = version;
        }

        return events;
    }

    /// <summary>The version in force at <paramref name="instantText"/> (stored-instant text), or null if none was.</summary>
    public static ValueVersion? AsOf(IEnumerable<ValueVersion> versions, string instantText) =>
        versions.Where(v => string.CompareOrdinal(v.EnteredAt, instantText) <= 0).MaxBy(v => v.Version) is { Deleted: false } version
            ? version
            : null;
}
