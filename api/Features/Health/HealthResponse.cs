namespace EqualityTracker.Api.Features.Health;

/// <summary>What a health probe found.</summary>
public sealed class HealthResponse
{
    /// <summary><c>live</c> or <c>ready</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The database engine (ready only).</summary>
    public string? Database { get; init; }

    /// <summary>How many migration scripts the database has applied (ready only).</summary>
    public int? Migrations { get; init; }
}
