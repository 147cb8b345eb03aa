namespace EqualityTracker.Api.Features.Uploads;

/// <summary>Limits on uploaded files, from the <c>Uploads</c> configuration section.</summary>
public sealed class UploadSettings
{
    public const string Section = "Uploads";

    /// <summary>The largest file accepted, in bytes (default 50 MB); larger ones get 413.</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The longest cell accepted, in characters (default 4,000).</summary>
    public int MaxCellLength { get; set; } = 4000;

    /// <summary>The most an .xlsx may expand to when unzipped, in bytes (default 256 MB); beyond it the file is refused.</summary>
    public long MaxDecompressedBytes { get; set; } = 256L * 1024 * 1024;
}
