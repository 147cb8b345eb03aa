using System.Collections.Concurrent;
using NodaTime;

namespace EqualityTracker.Api.Identity;

/// <summary>Slows password guessing: after five failed sign-ins for one user name within 15 minutes, that name is
/// refused until the oldest of those failures is 15 minutes old.</summary>
/// <remarks>Kept in memory: a restart forgets, which is acceptable for one server; a farm would share it.</remarks>
public sealed class LoginThrottle(IClock clock)
{
    public const int MaxFailures = 5;
    public static readonly Duration Window = Duration.FromMinutes(15);

    private readonly ConcurrentDictionary<string, List<Instant>> failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long the name must wait before trying again, or null when it may try now.</summary>
    public Duration? RetryAfter(string username)
    {
        if (!failures.TryGetValue(username, out var list))
        {
            return null;
        }

        lock (list)
        {
            var now = clock.GetCurrentInstant();
            list.RemoveAll(at => now - at >= Window);
            return list.Count >= MaxFailures ? list[0] + Window - now : null;
        }
    }

    public void Failed(string username)
    {
        var list = failures.GetOrAdd(username, _ => []);
        lock (list)
        {
            list.Add(clock.GetCurrentInstant());
        }
    }

    public void Succeeded(string username) => failures.TryRemove(username, out _);
}
