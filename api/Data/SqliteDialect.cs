using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Api.Data;

/// <summary>SQLite: the embedded default, one file on disk.</summary>
public sealed class SqliteDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    /// <remarks>Microsoft.Data.Sqlite executes several statements in one command, so a script is one batch.</remarks>
    public IReadOnlyList<string> SplitBatches(string script) => [script];

    public string CreateHistoryTableIfMissing => """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            name       TEXT NOT NULL PRIMARY KEY,
            checksum   TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({SqlNames.Parameters(columns)}) ON CONFLICT DO NOTHING";

    /// <remarks>
    /// <c>synchronous = NORMAL</c> with the WAL journal: a commit is durable once the WAL is synced at checkpoints; a
    /// power cut may lose the last transactions but never corrupts the file (see README, "Durability").
    /// </remarks>
    public string? ConnectionSetup => "PRAGMA synchronous = NORMAL;";

    /// <remarks>WAL: readers never wait for the writer, and the writer never waits for readers.</remarks>
    public string? DatabaseSetup => "PRAGMA journal_mode = WAL;";

    /// <remarks>
    /// The staging table gets a 32 MB page cache of its own (the TEMP database's), so a million rows arriving in file
    /// order do not thrash a 2 MB cache; memory stays bounded by it.
    /// </remarks>
    /// <remarks>SQLite ships inside Microsoft.Data.Sqlite (3.4x), newer than anything the SQL needs (UPDATE … FROM: 3.33).</remarks>
    public Task VerifyServerAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <remarks>
    /// SQLite has no named locks: an exclusive lock on a file beside the database (<c>.migrations.lock</c>) serves,
    /// held for the whole run. An in-memory database has nobody to share it with.
    /// </remarks>
    public async Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken ct)
    {
        var file = ((SqliteConnection)connection).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return new Released();
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(file + ".migrations.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    public string? StagingSetup => """
        PRAGMA temp.cache_size = -32768;
        DROP TABLE IF EXISTS temp.upload_staging;
        CREATE TEMP TABLE upload_staging (
            token        TEXT    NOT NULL,
            row_number   INTEGER NOT NULL,
            measure_code TEXT    NOT NULL,
            area_code    TEXT    NOT NULL,
            period       TEXT    NOT NULL,
            sex          TEXT    NOT NULL,
            value        REAL    NOT NULL,
            note         TEXT    NULL,
            confirmed    INTEGER NOT NULL,
            PRIMARY KEY (token, measure_code, area_code, period, sex)
        ) WITHOUT ROWID;
        """;

    public string? StagingTeardown => "DROP TABLE IF EXISTS temp.upload_staging;";

    public bool StagesByBulkCopy => false;

    /// <remarks>
    /// A deferred transaction writes only the connection's TEMP database: the main file's write lock is never taken, so
    /// staging a large file blocks no other writer.
    /// </remarks>
    public Task<DbTransaction> BeginStagingAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    private sealed class Released : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public string InsertReturningId(string table, IReadOnlyList<string> columns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({SqlNames.Parameters(columns)}) RETURNING id";
}
