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

    /// <summary>A statement, run after an INSERT on the same connection, that selects the identity it generated.</summary>
    string SelectLastInsertedId { get; }
}
