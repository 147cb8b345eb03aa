namespace EqualityTracker.Api.Data;

/// <summary>Which database engine the product runs on, read from the <c>Database</c> configuration section.</summary>
/// <remarks>
/// SQLite is the embedded default so that one command starts the product on any machine; SQL Server is one setting
/// away (<c>Database__Provider=SqlServer</c> and <c>ConnectionStrings__Default</c>).
/// </remarks>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const int DefaultBusyTimeoutSeconds = 5;

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>How long one statement may wait for another writer's lock before the request answers 503.</summary>
    public int BusyTimeoutSeconds { get; set; } = DefaultBusyTimeoutSeconds;
}

/// <summary>The two engines the product supports.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
