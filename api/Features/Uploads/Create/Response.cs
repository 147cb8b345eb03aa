using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>What an upload did, or — for a dry run — would do.</summary>
public sealed class Response
{
    /// <summary>The recorded upload (dry runs and rejected uploads are recorded too).</summary>
    public int UploadId { get; set; }

    public required string FileName { get; init; }
    public required bool DryRun { get; init; }

    /// <summary><c>validated</c> (dry run without errors), <c>imported</c>, or <c>rejected</c> (nothing written).</summary>
    public string Status { get; set; } = "";

    /// <summary>Data rows read (rows with no cell filled are not counted).</summary>
    public int Rows { get; set; }

    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }

    /// <summary>Rows with at least one error.</summary>
    public int Rejected { get; set; }

    /// <summary>Rows accepted but worth a second look (outliers).</summary>
    public int Flagged { get; set; }

    /// <summary>Rows whose value cell is empty: skipped, as in a template partly filled.</summary>
    public int Blank { get; set; }

    /// <summary>Row-level errors, in file order, at most <see cref="MaxListed"/>.</summary>
    public List<RowIssue> Errors { get; } = [];

    /// <summary>Row-level flags, at most <see cref="MaxListed"/>.</summary>
    public List<RowIssue> Flags { get; } = [];

    /// <summary>True when more errors or flags exist than are listed.</summary>
    public bool Truncated { get; set; }

    public const int MaxListed = 1000;
}
