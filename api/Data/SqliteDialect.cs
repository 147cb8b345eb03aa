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

    public string SelectLastInsertedId => "SELECT last_insert_rowid()";
}
