using System.Data;
using System.Data.Common;

namespace EqualityTracker.Api.Data;

/// <summary>One write: a connection and its transaction, owned together, released at once whatever fails.</summary>
/// <remarks>
/// <para>Every write path begins here, before it parses or checks anything, and holds the scope in an
/// <c>await using</c>: an exception or a cancellation anywhere after <see cref="WriteScopes.BeginAsync"/> rolls the
/// transaction back and returns the connection, so no failed request can keep SQLite's write lock from the others.</para>
/// <para>The transaction is serializable; on SQLite that is <c>BEGIN IMMEDIATE</c>, which takes the write lock at the
/// start (waiting at most the busy timeout), so a write never fails halfway on a lock it could not upgrade.</para>
/// <para><see cref="CommitAsync"/> is the one place where the data version advances: in the same transaction as the
/// write, so every API process on the database recomputes what it cached under the old version on its next request.</para>
/// </remarks>
public sealed class WriteScope : IAsyncDisposable
{
    private readonly bool ownsConnection;
    private bool committed;

    private WriteScope(DbConnection connection, DbTransaction transaction, bool ownsConnection)
    {
        Connection = connection;
        Transaction = transaction;
        this.ownsConnection = ownsConnection;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>What this write changed, recorded with the version at commit (<c>data_changes</c>); by default everything.</summary>
    public WriteChanges Changes { get; } = new();

    internal static async Task<WriteScope> BeginAsync(Database database, CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            return new WriteScope(connection, transaction, ownsConnection: true);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    internal static async Task<WriteScope> BeginOnAsync(DbConnection connection, CancellationToken ct)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        return new WriteScope(connection, transaction, ownsConnection: false);
    }

    /// <summary>Advances the data version, records what changed under it, and commits, together. Not cancellable: once
    /// decided, a write completes.</summary>
    public async Task CommitAsync()
    {
        await DataVersion.AdvanceAsync(Connection, Transaction, Changes);
        await Transaction.CommitAsync(CancellationToken.None);
        committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!committed && Transaction.Connection is not null)
            {
                await Transaction.RollbackAsync(CancellationToken.None);
            }
        }
        catch (DbException)
        {
            // The connection is going away anyway; disposing it below ends the transaction.
        }
        finally
        {
            await Transaction.DisposeAsync();
            if (ownsConnection)
            {
                await Connection.DisposeAsync();
            }
        }
    }
}

/// <summary>Begins <see cref="WriteScope"/>s on the configured database.</summary>
public sealed class WriteScopes(Database database)
{
    public Database Database => database;

    /// <summary>Opens a connection and begins a serializable transaction; the caller disposes the scope.</summary>
    public Task<WriteScope> BeginAsync(CancellationToken ct) => WriteScope.BeginAsync(database, ct);

    /// <summary>Begins a write on a connection the caller already holds (and keeps): an upload writes what it staged there.</summary>
    public Task<WriteScope> BeginOnAsync(DbConnection connection, CancellationToken ct) => WriteScope.BeginOnAsync(connection, ct);
}
