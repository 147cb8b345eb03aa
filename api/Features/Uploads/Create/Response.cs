using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>What an upload did, or — for a dry run — would do.</summary>
public sealed class Response
{
    /// <summary>The recorded upload (rejected uploads are recorded too); 0 for a dry run, which writes nothing at all.</summary>
    public int UploadId { get; set; }

    public required string FileName { get; init; }
    public required bool DryRun { get; init; }

    /// <summary><c>validated</c> (dry run without errors), <c>imported</c>, or <c>rejected</c> (nothing written: errors, or replacements not confirmed).</summary>
    [Vocabulary(typeof(UploadStatuses))]
    public string Status { get; set; } = "";

    /// <summary>Data rows read (rows with no cell filled are not counted).</summary>
    public int Rows { get; set; }

    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }

    /// <summary>Rows with at least one error.</summary>
    public int Rejected { get; set; }

    /// <summary>
    /// Rows that would change a value entered by hand (a department's or the coordinator's) or a value of a period that has
    /// locked for review, at most <see cref="MaxListed"/>.
    /// </summary>
    /// <remarks>They are imported only when every one is confirmed: send their row numbers in <c>confirm</c>, or <c>all</c>.</remarks>
    public List<Replacement> Replacements { get; } = [];

    /// <summary>How many replacements are not confirmed yet (all of them, listed or not).</summary>
    public int Unconfirmed { get; set; }

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

/// <summary>A row that would replace a value entered by hand, with what is stored now.</summary>
public sealed class Replacement
{
    public int RowNumber { get; init; }
    public string Code { get; init; } = "";
    public string Area { get; init; } = "";
    [RegularExpression(Domain.Period.IdPattern)]
    public string Period { get; init; } = "";
    [Vocabulary(typeof(Sex))]
    public string Sex { get; init; } = "";

    /// <summary>The value in the file.</summary>
    public double Value { get; init; }

    /// <summary>The value stored now, entered by hand.</summary>
    public double CurrentValue { get; init; }

    /// <summary>The stored value's review state.</summary>
    [Vocabulary(typeof(ReviewStates))]
    public string State { get; init; } = "";

    public string EnteredBy { get; init; } = "";

    /// <summary>Why it needs confirming: <c>hand-entered</c>, <c>locked-period</c>, or both (comma-separated).</summary>
    public string Reason => string.Join(",", new[] { HandEnteredFlag != 0 ? "hand-entered" : null, LockedIn is null ? null : "locked-period" }.OfType<string>());

    /// <summary>The plan in which the value's period has locked, if it has.</summary>
    public string? LockedIn { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long HandEnteredFlag { get; init; }

    /// <summary>True when the uploader listed this row in <c>confirm</c>.</summary>
    public bool Confirmed => ConfirmedFlag != 0;

    [System.Text.Json.Serialization.JsonIgnore]
    public long ConfirmedFlag { get; init; }
}
