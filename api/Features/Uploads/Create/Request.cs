using FastEndpoints;

namespace EqualityTracker.Api.Features.Uploads.Create;

public sealed class Request
{
    /// <summary>true: check and report what would change, write nothing.</summary>
    [QueryParam]
    public bool DryRun { get; init; }

    /// <summary>Row numbers, comma-separated, that may replace values entered by hand (see the report's replacements).</summary>
    [QueryParam]
    public string? Confirm { get; init; }
}

/// <summary>The multipart form, as the API description shows it.</summary>
public sealed class UploadForm
{
    /// <summary>A .csv (UTF-8; ',' or ';' between fields) or .xlsx file with columns code, area, period, sex, value, note.</summary>
    public required IFormFile File { get; init; }

    /// <summary>true: check and report what would change, write nothing (also accepted in the query string).</summary>
    public bool DryRun { get; init; }

    /// <summary>Row numbers, comma-separated, that may replace values entered by hand (also accepted in the query string).</summary>
    public string? Confirm { get; init; }
}
