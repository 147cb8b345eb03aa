namespace EqualityTracker.Api.Features.Values;

/// <summary>Review rules from the <c>Review</c> configuration section.</summary>
public sealed class ReviewSettings
{
    public const string Section = "Review";

    /// <summary>Days after a period's due date at which departments can no longer change its values (default 15).</summary>
    public int LockAfterDays { get; set; } = 15;
}
