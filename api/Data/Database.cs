using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Api.Data;

/// <summary>Opens connections to the configured engine. Features take this and write their own SQL.</summary>
public sealed class Database(ISqlDialect dialect, string connectionString)
{
    public ISqlDialect Dialect => dialect;

    /// <summary>Opens a new connection; the caller disposes it.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = dialect.CreateConnection(connectionString);
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
    public static Database Create(DatabaseProvider provider, string? connectionString, string contentRoot, int busyTimeoutSeconds = DatabaseOptions.DefaultBusyTimeoutSeconds)
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
