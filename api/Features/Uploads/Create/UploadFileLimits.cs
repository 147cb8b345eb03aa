namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>Bounds an uploaded file must stay within, whatever it claims about itself.</summary>
public sealed class UploadFileLimits
{
    /// <summary>The longest cell, in characters (CSV field or XLSX cell, shared strings included): <c>cell-too-long</c>.</summary>
    public int MaxCellLength { get; init; } = 4000;

    /// <summary>
    /// The most bytes an .xlsx may decompress to (every part read: workbook, relationships, shared strings, sheet),
    /// counted as they are read and checked first against the sizes the zip declares: <c>too-large-uncompressed</c>.
    /// </summary>
    public long MaxDecompressedBytes { get; init; } = 256L * 1024 * 1024;

    public static UploadFileLimits Default { get; } = new();
}
