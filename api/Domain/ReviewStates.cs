namespace EqualityTracker.Api.Domain;

/// <summary>The review states a value goes through: a department's draft, submitted, then approved or returned.</summary>
/// <remarks>
/// Values uploaded by the statistics office, or entered by the coordinator, are official and start approved. The names
/// are stored in <c>data_values.state</c> and <c>submissions.status</c> and appear in the API; write them from here only.
/// </remarks>
public static class ReviewStates
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Returned = "returned";
}
