namespace EqualityTracker.Api.Domain;

/// <summary>The status of an upload's report.</summary>
public static class UploadStatuses
{
    public const string Validated = "validated";
    public const string Imported = "imported";
    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [Validated, Imported, Rejected];
}
