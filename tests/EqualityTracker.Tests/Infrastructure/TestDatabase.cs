using EqualityTracker.Api.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Tests.Infrastructure;

/// <summary>A real, empty database for one test fixture: a new SQLite file, or a new SQL Server database.</summary>
/// <remarks>
/// SQL Server runs only when <c>TEST_SQLSERVER_CONNECTION</c> holds a connection string to a server where the login
/// may create databases; without it the SQL Server fixtures are reported as skipped, never as passed.
/// </remarks>
public sealed class TestDatabase : IDisposable
{
    public const string SqlServerVariable = "TEST_SQLSERVER_CONNECTION";

    private readonly string? sqliteFile;
    private readonly string? sqlServerName;
    private readonly string? sqlServerMaster;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? sqlServerName, string? sqlServerMaster)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.sqlServerName = sqlServerName;
        this.sqlServerMaster = sqlServerMaster;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The product's own <see cref="Database"/> over this test database.</summary>
    public Database Database => Database.Create(Provider, ConnectionString, Path.GetTempPath());

    /// <summary>Creates the database, or marks the calling fixture skipped when SQL Server is not configured.</summary>
    public static TestDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "eqt-tests", $"{Guid.NewGuid():N}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new TestDatabase(provider, $"Data Source={file}", file, null, null);
        }

        var master = Environment.GetEnvironmentVariable(SqlServerVariable);
        if (string.IsNullOrWhiteSpace(master))
        {
            Assert.Ignore($"SQL Server tests skipped: {SqlServerVariable} is not set (see README, 'Tests on SQL Server').");
        }

        var name = $"eqt_test_{Guid.NewGuid():N}";
        using (var connection = new SqlConnection(master))
        {
            connection.Open();
            using var create = new SqlCommand($"CREATE DATABASE [{name}]", connection);
            create.ExecuteNonQuery();
        }

        var builder = new SqlConnectionStringBuilder(master) { InitialCatalog = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name, master);
    }

    public void Dispose()
    {
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }

        if (sqlServerName is not null)
        {
            SqlConnection.ClearAllPools();
            using var connection = new SqlConnection(sqlServerMaster);
            connection.Open();
            using var drop = new SqlCommand(
                $"ALTER DATABASE [{sqlServerName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{sqlServerName}];", connection);
            drop.ExecuteNonQuery();
        }
    }
}

/// <summary>The engines every database test runs on; SQL Server ones are skipped unless configured.</summary>
public static class Engines
{
    public static IEnumerable<TestFixtureData> All()
    {
        yield return new TestFixtureData(DatabaseProvider.Sqlite).SetArgDisplayNames("Sqlite");
        yield return new TestFixtureData(DatabaseProvider.SqlServer).SetArgDisplayNames("SqlServer");
    }
}
