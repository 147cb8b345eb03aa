using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;

namespace EqualityTracker.Api.Data;

/// <summary>SQL Server, chosen with <c>Database:Provider = SqlServer</c>.</summary>
public sealed partial class SqlServerDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    /// <remarks><c>GO</c> is a client-side separator that SQL Server itself does not understand.</remarks>
    public IReadOnlyList<string> SplitBatches(string script) =>
        GoSeparator().Split(script).Where(batch => !string.IsNullOrWhiteSpace(batch)).ToList();

    public string CreateHistoryTableIfMissing => """
        IF OBJECT_ID(N'schema_migrations', N'U') IS NULL
            CREATE TABLE schema_migrations (
                name       NVARCHAR(200) NOT NULL PRIMARY KEY,
                checksum   NVARCHAR(64)  NOT NULL,
                applied_at NVARCHAR(40)  NOT NULL
            );
        """;

    /// <remarks>UPDLOCK and HOLDLOCK keep two writers from both seeing the key absent and both inserting it.</remarks>
    public string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {SqlNames.Parameters(columns)} " +
        $"WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE " +
        string.Join(" AND ", keyColumns.Select(c => $"{c} = @{SqlNames.Parameter(c)}")) + ")";

    public string? ConnectionSetup => null;

    public string? DatabaseSetup => null;

    /// <summary>SQL Server 2019 (major version 15) or newer, or Azure SQL: the shared SQL avoids anything newer.</summary>
    public const int MinimumMajorVersion = 15;

    private const string VersionSql = "SELECT CAST(SERVERPROPERTY('ProductMajorVersion') AS INT) AS Major, CAST(SERVERPROPERTY('EngineEdition') AS INT) AS Edition";

    public async Task VerifyServerAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = VersionSql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var major = reader.IsDBNull(0) ? 0 : reader.GetInt32(0);
        var azure = !reader.IsDBNull(1) && reader.GetInt32(1) is 5 or 8;
        if (!azure && major < MinimumMajorVersion)
        {
            throw new InvalidOperationException(
                $"SQL Server {major} is older than the product supports: it needs SQL Server 2019 (major version {MinimumMajorVersion}) or newer, or Azure SQL.");
        }
    }

    private const string GetAppLockSql = """
        DECLARE @result INT;
        EXEC @result = sp_getapplock @Resource = N'equalitytracker-migrations', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = 60000;
        SELECT @result;
        """;

    private const string ReleaseAppLockSql = "EXEC sp_releaseapplock @Resource = N'equalitytracker-migrations', @LockOwner = N'Session'";

    /// <remarks>
    /// <c>sp_getapplock</c> owned by the session (not the batch), so it holds across the run's commands on this
    /// connection until released; a negative result means it was not granted within 60 s.
    /// </remarks>
    public async Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection, CancellationToken ct)
    {
        await using (var take = connection.CreateCommand())
        {
            take.CommandText = GetAppLockSql;
            take.CommandTimeout = 90;
            if (Convert.ToInt32(await take.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) < 0)
            {
                throw new InvalidOperationException("Another process holds the migration lock (sp_getapplock 'equalitytracker-migrations') for over 60 s.");
            }
        }

        return new AppLock(connection);
    }

    private sealed class AppLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var release = connection.CreateCommand();
            release.CommandText = ReleaseAppLockSql;
            await release.ExecuteNonQueryAsync();
        }
    }

    public string? StagingSetup => null;

    public string? StagingTeardown => null;

    /// <remarks>SqlBulkCopy: one round trip per batch of rows instead of one per row (see <c>StagingWriter</c>).</remarks>
    public bool StagesByBulkCopy => true;

    /// <remarks>Rows of <c>upload_staging</c> under a fresh token: other uploads' rows are never read or locked.</remarks>
    public async Task<DbTransaction> BeginStagingAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, ct);

    public string InsertReturningId(string table, IReadOnlyList<string> columns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) OUTPUT INSERTED.id VALUES ({SqlNames.Parameters(columns)})";

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();
}
