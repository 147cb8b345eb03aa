using NodaTime;

namespace EqualityTracker.Api.Identity;

/// <summary>Slows password guessing, per user name and per client address, counting each attempt before it is checked.</summary>
/// <remarks>
/// <para>A name may have at most <see cref="MaxFailures"/> failed or unfinished attempts within <see cref="Window"/>, a
/// client address at most <see cref="MaxFailuresPerClient"/>. An attempt takes its place (a <see cref="Attempt"/>)
/// <i>before</i> the password is verified, so forty attempts sent at once still get five real tries: the sixth waits.
/// A success clears the name's failures; the address keeps its count.</para>
/// <para>Memory is bounded: at most <see cref="MaxEntries"/> names and addresses are remembered; past it, expired entries
/// are dropped first, then the one idle longest. Kept in memory, so each API process throttles on its own: it is the
/// first, cheap guard of one process; <see cref="SharedLoginThrottle"/> applies the same rules across all of them.</para>
/// </remarks>
public sealed class LoginThrottle(IClock clock)
{
    public const int MaxFailures = 5;
    public const int MaxFailuresPerClient = 30;
    public const int MaxEntries = 10_000;
    public static readonly Duration Window = Duration.FromMinutes(15);

    private readonly Dictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly object gate = new();

    /// <summary>Takes a place for one attempt, or says how long to wait.</summary>
    public (Attempt? Attempt, Duration Wait) TryBegin(string username, string? client)
    {
        var nameKey = "name:" + username;
        var clientKey = "client:" + (client ?? "unknown");
        lock (gate)
        {
            var now = clock.GetCurrentInstant();
            var name = Get(nameKey, now);
            var address = Get(clientKey, now);
            var wait = Duration.Max(name.WaitAt(now, MaxFailures), address.WaitAt(now, MaxFailuresPerClient));
            if (wait > Duration.Zero)
            {
                return (null, wait);
            }

            name.Pending++;
            address.Pending++;
            return (new Attempt(this, name, address), Duration.Zero);
        }
    }

    /// <summary>How many names and addresses are remembered now.</summary>
    public int Remembered
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    private Entry Get(string key, Instant now)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            entry.Expire(now);
            return entry;
        }

        if (entries.Count >= MaxEntries)
        {
            foreach (var stale in entries.Where(e => e.Value.Idle(now)).Select(e => e.Key).ToList())
            {
                entries.Remove(stale);
            }

            if (entries.Count >= MaxEntries)
            {
                entries.Remove(entries.MinBy(e => e.Value.LastSeen).Key);
            }
        }

        entry = new Entry { LastSeen = now };
        entries[key] = entry;
        return entry;
    }

    private void End(Entry name, Entry address, bool? succeeded)
    {
        lock (gate)
        {
            var now = clock.GetCurrentInstant();
            name.Pending--;
            address.Pending--;
            if (succeeded is null)
            {
                return;
            }

            name.LastSeen = address.LastSeen = now;
            if (succeeded.Value)
            {
                name.Failures.Clear();
            }
            else
            {
                name.Failures.Add(now);
                address.Failures.Add(now);
            }
        }
    }

    /// <summary>One attempt's place; say how it ended. Disposed without an outcome, it counts as a failure.</summary>
    public sealed class Attempt(LoginThrottle throttle, Entry name, Entry address) : IDisposable
    {
        private bool ended;

        public void Succeeded() => Finish(true);

        public void Failed() => Finish(false);

        /// <summary>The attempt did not take place after all (refused by <see cref="SharedLoginThrottle"/>): its place is freed, nothing counted.</summary>
        public void Withdrawn() => Finish(null);

        public void Dispose() => Finish(false);

        private void Finish(bool? succeeded)
        {
            if (!ended)
            {
                ended = true;
                throttle.End(name, address, succeeded);
            }
        }
    }

    /// <summary>What is remembered of one name or address.</summary>
    public sealed class Entry
    {
        public List<Instant> Failures { get; } = [];
        public int Pending { get; set; }
        public Instant LastSeen { get; set; }

        public void Expire(Instant now) => Failures.RemoveAll(at => now - at >= Window);

        public bool Idle(Instant now)
        {
            Expire(now);
            return Pending == 0 && Failures.Count == 0;
        }

        public Duration WaitAt(Instant now, int max)
        {
            if (Failures.Count + Pending < max)
            {
                return Duration.Zero;
            }

            // Full with attempts still running: wait for them; full of failures: until the oldest leaves the window.
            var index = Failures.Count - (max - Pending);
            return index >= 0 && index < Failures.Count ? Failures[index] + Window - now : Duration.FromSeconds(1);
        }
    }
}
