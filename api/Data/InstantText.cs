using NodaTime;
using NodaTime.Text;

namespace EqualityTracker.Api.Data;

/// <summary>How instants are stored: ISO-8601 UTC with a fixed seven-digit fraction, so text order is time order.</summary>
/// <remarks>The same text column type on both engines keeps date types out of the dialect seam.</remarks>
public static class InstantText
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'");

    public static string Format(Instant instant) => Pattern.Format(instant);

    public static Instant Parse(string text) => Pattern.Parse(text).GetValueOrThrow();
}
