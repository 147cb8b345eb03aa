using System.Data.Common;

namespace EqualityTracker.Api.Data;

/// <summary>
/// The one place where SQLite and SQL Server differ. Every other statement in the product is shared SQL.
/// </summary>
/// <remarks>
/// Keep this interface small: a difference belongs here only when the same SQL cannot serve both engines
/// (identity columns and types live in the per-engine migration scripts under <c>db/</c>).
/// </remarks>
public interface ISqlDialect
{
    /// <summary>The engine; also the folder under <c>db/</c> that holds its migration scripts.</summary>
    DatabaseProvider Provider { get; }

    /// <summary>Creates a closed connection to the engine.</summary>
    DbConnection CreateConnection(string connectionString);

    /// <summary>Splits a migration script into the batches the engine executes one at a time.</summary>
    IReadOnlyList<string> SplitBatches(string script);

    /// <summary>Creates the migration history table when it does not exist yet.</summary>
    string CreateHistoryTableIfMissing { get; }

    /// <summary>Inserts a row (parameters named like the columns, in PascalCase) unless its key exists; affects 0 or 1 row.</summary>
    string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns);

    /// <summary>Statements run on every newly opened connection (null: none).</summary>
    string? ConnectionSetup { get; }

    /// <summary>Statements run once at start-up, before the migrations, outside any transaction (null: none).</summary>
    string? DatabaseSetup { get; }

    /// <summary>Refuses, with a clear message, a server older than the product supports.</summary>
    Task VerifyServerAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Takes the migration lock, so that two API processes starting together apply the scripts once; dispose to release.</summary>
    Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Makes the upload staging table ready on this connection (null: it is a table of the schema).</summary>
    /// <remarks>SQLite stages in a <c>TEMP</c> table private to the connection, so staging takes no write lock.</remarks>
    string? StagingSetup { get; }

    /// <summary>Removes what <see cref="StagingSetup"/> made, before the connection goes back to the pool (null: nothing).</summary>
    string? StagingTeardown { get; }

    /// <summary>True: upload rows are staged with the engine's bulk copy (SQL Server's <c>SqlBulkCopy</c>); false: one
    /// prepared INSERT per row (SQLite, in-process, where nothing is faster).</summary>
    bool StagesByBulkCopy { get; }

    /// <summary>A transaction for writing staged rows that takes no lock on the values (SQLite: deferred, touching only TEMP).</summary>
    Task<DbTransaction> BeginStagingAsync(DbConnection connection, CancellationToken ct);

    /// <summary>An INSERT of one row (parameters named like the columns, in PascalCase) that selects the identity it generated.</summary>
    /// <remarks>
    /// The identity comes back from the INSERT itself (<c>RETURNING</c>, <c>OUTPUT INSERTED</c>): a separate
    /// <c>SCOPE_IDENTITY()</c> command would run in another scope on SQL Server and read NULL.
    /// </remarks>
    string InsertReturningId(string table, IReadOnlyList<string> columns);
}
