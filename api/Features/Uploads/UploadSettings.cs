namespace EqualityTracker.Api.Features.Uploads;

/// <summary>Limits on uploaded files, from the <c>Uploads</c> configuration section.</summary>
public sealed class UploadSettings
{
    public const string Section = "Uploads";

    /// <summary>The largest file accepted, in bytes (default 50 MB); larger ones get 413.</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;
}
