using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Api.Data;

/// <summary>Opens connections to the configured engine. Features take this and write their own SQL.</summary>
/// <remarks>An optional second connection string (<c>ConnectionStrings:ReadOnly</c>) names a read-only replica — on SQL
/// Server a secondary of an availability group or Azure SQL's read scale-out, with <c>ApplicationIntent=ReadOnly</c>.
/// Only the leaders' cached answers read from it, and only when it has caught up (see
/// <c>AnswerCache.OpenAsync</c>); every write, and every read that must see its own writes, uses the primary.</remarks>
public sealed class Database(ISqlDialect dialect, string connectionString, string? readOnlyConnectionString = null)
{
    public ISqlDialect Dialect => dialect;

    private string PrimaryConnectionString => connectionString;

    /// <summary>True when a read-only replica is configured.</summary>
    public bool HasReadOnlyReplica => readOnlyConnectionString is not null;

    /// <summary>Opens a new connection to the read-only replica; the caller disposes it. Only when <see cref="HasReadOnlyReplica"/>.</summary>
    public Task<DbConnection> OpenReadOnlyAsync(CancellationToken ct = default) =>
        OpenAsync(readOnlyConnectionString ?? throw new InvalidOperationException("No read-only replica is configured."), ct);

    /// <summary>Opens a new connection to the primary; the caller disposes it.</summary>
    public Task<DbConnection> OpenAsync(CancellationToken ct = default) => OpenAsync(connectionString, ct);

    private async Task<DbConnection> OpenAsync(string target, CancellationToken ct)
    {
        var connection = dialect.CreateConnection(target);
        try
        {
            await connection.OpenAsync(ct);
            if (dialect.ConnectionSetup is { } setup)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = setup;
                await command.ExecuteNonQueryAsync(ct);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Builds the database for the configuration: the dialect, and a connection string made ready for it.</summary>
    /// <remarks>
    /// A relative SQLite file is placed under <paramref name="contentRoot"/> and its folder is created, so the
    /// embedded default works from a fresh clone. Foreign keys are switched on for every SQLite connection.
    /// Every command waits at most <paramref name="busyTimeoutSeconds"/> for a lock (SQLite's busy handler,
    /// SQL Server's command timeout); past it the request answers 503 with Retry-After, never an unbounded wait.
    /// </remarks>
    public static Database Create(
        DatabaseProvider provider, string? connectionString, string contentRoot, int busyTimeoutSeconds = DatabaseOptions.DefaultBusyTimeoutSeconds,
        string? readOnlyConnectionString = null)
    {
        var primary = CreateOne(provider, connectionString, contentRoot, busyTimeoutSeconds);
        if (string.IsNullOrWhiteSpace(readOnlyConnectionString))
        {
            return primary;
        }

        var replica = CreateOne(provider, readOnlyConnectionString, contentRoot, busyTimeoutSeconds);
        return new Database(primary.Dialect, primary.PrimaryConnectionString, replica.PrimaryConnectionString);
    }

    private static Database CreateOne(DatabaseProvider provider, string? connectionString, string contentRoot, int busyTimeoutSeconds)
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is SqlServer but ConnectionStrings:Default is empty.");
            }

            var sqlServer = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(connectionString) { CommandTimeout = busyTimeoutSeconds };
            return new Database(new SqlServerDialect(), sqlServer.ConnectionString);
        }

        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? "Data Source=data/equalitytracker.db" : connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.ForeignKeys = true;
        builder.Pooling = true;
        builder.DefaultTimeout = busyTimeoutSeconds;
        return new Database(new SqliteDialect(), builder.ToString());
    }
}
