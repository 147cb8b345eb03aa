using System.Data;
using Dapper;
using EqualityTracker.Api.Data;
using NodaTime;

namespace EqualityTracker.Api.Identity;

/// <summary>The sign-in throttle of every API process on the database: <see cref="LoginThrottle"/>'s rules, with the
/// attempts kept in the table <c>login_attempts</c>.</summary>
/// <remarks>
/// <para>Same limits, same order: an attempt is recorded (pending) <i>before</i> its password is checked, inside a
/// serializable transaction that first counts the name's and the address's failed and pending attempts within
/// <see cref="LoginThrottle.Window"/>; past a limit nothing is recorded and the caller is told how long to wait. So five
/// guesses spread over two processes, or sent at once to both, still get five tries in all. A success marks the
/// name's failures cleared; the address keeps its count. A pending attempt of a process that died stops counting
/// after the window. Rows older than twice the window are deleted as attempts come, so the table stays small.</para>
/// <para>On SQLite the transaction takes the write lock at once (<c>BEGIN IMMEDIATE</c>), so attempts queue. On SQL
/// Server two attempts racing for one name may deadlock: one is chosen victim and answers 503, never a sixth try.</para>
/// <para>The per-process <see cref="LoginThrottle"/> is asked first: a flood from one address is refused in memory
/// without a database write.</para>
/// </remarks>
public sealed class SharedLoginThrottle(Database database, IClock clock)
{
    private static readonly string[] Columns = ["username", "client", "started_at", "ended_at", "outcome", "name_cleared"];

    private const string PruneSql = "DELETE FROM login_attempts WHERE started_at < @Before";

    private const string ByNameSql = """
        SELECT outcome AS Outcome, COALESCE(ended_at, started_at) AS At
        FROM login_attempts
        WHERE username = @Username AND name_cleared = 0 AND outcome <> 'succeeded' AND COALESCE(ended_at, started_at) >= @Since
        """;

    private const string ByClientSql = """
        SELECT outcome AS Outcome, COALESCE(ended_at, started_at) AS At
        FROM login_attempts
        WHERE client = @Client AND outcome <> 'succeeded' AND COALESCE(ended_at, started_at) >= @Since
        """;

    private const string EndSql = "UPDATE login_attempts SET outcome = @Outcome, ended_at = @EndedAt WHERE id = @Id";

    private const string ClearNameSql = "UPDATE login_attempts SET name_cleared = 1 WHERE username = @Username AND outcome = 'failed'";

    /// <summary>Records one attempt, or says how long to wait (nothing recorded).</summary>
    public async Task<(Attempt? Attempt, Duration Wait)> TryBeginAsync(string username, string? client, CancellationToken ct)
    {
        var address = client ?? "unknown";
        var now = clock.GetCurrentInstant();
        var since = InstantText.Format(now - LoginThrottle.Window);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        await connection.ExecuteAsync(new CommandDefinition(PruneSql, new { Before = InstantText.Format(now - (2 * LoginThrottle.Window)) }, transaction, cancellationToken: ct));
        var byName = await connection.QueryAsync<AttemptRow>(new CommandDefinition(ByNameSql, new { Username = username, Since = since }, transaction, cancellationToken: ct));
        var byClient = await connection.QueryAsync<AttemptRow>(new CommandDefinition(ByClientSql, new { Client = address, Since = since }, transaction, cancellationToken: ct));
        var wait = Duration.Max(Entry(byName).WaitAt(now, LoginThrottle.MaxFailures), Entry(byClient).WaitAt(now, LoginThrottle.MaxFailuresPerClient));
        if (wait > Duration.Zero)
        {
            return (null, wait);
        }

        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(database.Dialect.InsertReturningId("login_attempts", Columns),
            new { Username = username, Client = address, StartedAt = InstantText.Format(now), EndedAt = (string?)null, Outcome = "pending", NameCleared = 0 },
            transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return (new Attempt(this, id, username), Duration.Zero);
    }

    private static LoginThrottle.Entry Entry(IEnumerable<AttemptRow> rows)
    {
        var entry = new LoginThrottle.Entry();
        foreach (var row in rows.OrderBy(r => r.At, StringComparer.Ordinal))
        {
            if (row.Outcome == "pending")
            {
                entry.Pending++;
            }
            else
            {
                entry.Failures.Add(InstantText.Parse(row.At));
            }
        }

        return entry;
    }

    private async Task EndAsync(long id, string username, bool succeeded)
    {
        // Not cancellable: an attempt that began is always recorded as ended, whoever went away.
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(EndSql,
            new { Id = id, Outcome = succeeded ? "succeeded" : "failed", EndedAt = InstantText.Format(clock.GetCurrentInstant()) }, transaction));
        if (succeeded)
        {
            await connection.ExecuteAsync(new CommandDefinition(ClearNameSql, new { Username = username }, transaction));
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>One recorded attempt; say how it ended. Disposed without an outcome, it counts as a failure.</summary>
    public sealed class Attempt(SharedLoginThrottle throttle, long id, string username) : IAsyncDisposable
    {
        private bool ended;

        public Task SucceededAsync() => FinishAsync(true);

        public Task FailedAsync() => FinishAsync(false);

        public async ValueTask DisposeAsync() => await FinishAsync(false);

        private async Task FinishAsync(bool succeeded)
        {
            if (!ended)
            {
                ended = true;
                await throttle.EndAsync(id, username, succeeded);
            }
        }
    }

    private sealed class AttemptRow
    {
        public string Outcome { get; init; } = "";
        public string At { get; init; } = "";
    }
}
