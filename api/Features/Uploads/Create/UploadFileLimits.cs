namespace EqualityTracker.Api.Features.Uploads.Create;

public sealed class UploadFileLimits
{
    public int MaxCellLength { get; init; } = 4000;
    public long MaxDecompressedBytes { get; init; } = 256L * 1024 * 1024;
    public static UploadFileLimits Default { get; } = new();
}
