using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using EqualityTracker.Api.Domain.Drafting;

namespace EqualityTracker.Api.Features.Plans.DraftTargets;

/// <summary>Draft targets read from a pasted objectives section, for the author to confirm, and the text that gave none.</summary>
public sealed class Response
{
    /// <summary>
    /// The targets in the order of the text. Each part says where it came from; a part not found is null and
    /// listed in <c>missing</c> with the reason.
    /// </summary>
    public required IReadOnlyList<DraftTarget> Drafts { get; init; }

    /// <summary>Headings and sentences that gave no target, with the reason.</summary>
    public required IReadOnlyList<SkippedText> Skipped { get; init; }

    public static Response From(TargetExtractionResult result) => new()
    {
        Drafts = [.. result.Drafts.Select(DraftTarget.From)],
        Skipped = [.. result.Skipped.Select(s => new SkippedText
        {
            Text = s.Text, Span = Span.From(s.Span), Reason = s.Reason, Detail = s.Detail, Indicator = Suggestion.From(s.Indicator),
        })],
    };
}

/// <summary>
/// Where a part was read: offset and length in UTF-16 code units of the text as sent (the texts of the answer are
/// composed, Unicode NFC, so a text sent decomposed has other offsets than the answer's strings).
/// </summary>
public sealed class Span
{
    public required int Start { get; init; }
    public required int Length { get; init; }

    public static Span From(TextSpan span) => new() { Start = span.Start, Length = span.Length };

    public static Span? From(TextSpan? span) => span is { } s ? From(s) : null;
}

public sealed class DraftTarget
{
    /// <summary>The item's label or number in the text ("Chỉ tiêu 2", "a)"), when it has one.</summary>
    public string? Label { get; init; }

    /// <summary>The heading above the item ("Mục tiêu 4: Trong lĩnh vực y tế"), when there is one.</summary>
    public string? Objective { get; init; }

    /// <summary>The sentence or clause the target was read from (at most 600 characters: in a longer one, the words around the value).</summary>
    public required string Text { get; init; }

    public required Span Span { get; init; }

    public required DraftValue Value { get; init; }

    public DraftComparator? Comparator { get; init; }

    public DraftUnit? Unit { get; init; }

    public DraftYear? Year { get; init; }

    /// <summary>The catalogue indicator the words suggest; the author confirms it or defines a new one.</summary>
    public Suggestion? Indicator { get; init; }

    /// <summary>The parts that could not be found, and why.</summary>
    public required IReadOnlyList<MissingPart> Missing { get; init; }

    /// <summary>What the author should know: an approximate value, a number read as part of what is measured…</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    public static DraftTarget From(TargetDraft d) => new()
    {
        Label = d.Label,
        Objective = d.Objective,
        Text = d.Text,
        Span = Span.From(d.Span),
        Value = new DraftValue { Number = d.Value.Number, Text = d.Value.Text, Span = Span.From(d.Value.Span) },
        Comparator = d.Comparator is { } c ? new DraftComparator { Comparator = c.Comparator, Source = c.Source, Phrase = c.Phrase, Span = Span.From(c.Span) } : null,
        Unit = d.Unit is { } u ? new DraftUnit { Code = u.Code, Source = u.Source, Text = u.Text, Span = Span.From(u.Span) } : null,
        Year = d.Year is { } y ? new DraftYear { Year = y.Year, Source = y.Source, Text = y.Text, Span = Span.From(y.Span) } : null,
        Indicator = Suggestion.From(d.Indicator),
        Missing = [.. d.Missing.Select(m => new MissingPart { Part = m.Part, Reason = m.Reason })],
        Notes = d.Notes,
    };
}

public sealed class DraftValue
{
    public required double Number { get; init; }

    /// <summary>As written ("1,7", "100.000", "một").</summary>
    public required string Text { get; init; }

    public required Span Span { get; init; }
}

public sealed class DraftComparator
{
    [Vocabulary(typeof(Comparators))]
    public required string Comparator { get; init; }

    /// <summary>
    /// How it was decided: <c>phrase</c>, the words before (or "trở lên" after) the value; <c>carried</c>, the previous
    /// value's in the same sentence; <c>direction</c>, the suggested indicator's direction ("ở mức", or a bare figure).
    /// </summary>
    [Vocabulary(typeof(DraftSources), nameof(DraftSources.Comparator))]
    public required string Source { get; init; }

    /// <summary>The phrase as written ("đạt ít nhất", "không vượt quá", "ở mức").</summary>
    public string? Phrase { get; init; }

    public Span? Span { get; init; }
}

public sealed class DraftUnit
{
    [Vocabulary(typeof(DraftUnits))]
    public required string Code { get; init; }

    /// <summary>
    /// How it was decided: <c>marker</c>, written after the value; <c>carried</c>, the previous value's; <c>counted</c>,
    /// a count of the noun after the value; <c>indicator</c>, the suggested indicator's, as the text gives none.
    /// </summary>
    [Vocabulary(typeof(DraftSources), nameof(DraftSources.Unit))]
    public required string Source { get; init; }

    public string? Text { get; init; }

    public Span? Span { get; init; }
}

public sealed class DraftYear
{
    public required int Year { get; init; }

    /// <summary><c>sentence</c>, <c>item</c> (the same line), <c>heading</c> (above) or <c>request</c> (the year sent).</summary>
    [Vocabulary(typeof(DraftSources), nameof(DraftSources.Year))]
    public required string Source { get; init; }

    public string? Text { get; init; }

    public Span? Span { get; init; }
}

public sealed class Suggestion
{
    public required string Code { get; init; }
    public required string NameVi { get; init; }

    /// <summary>The indicator's unit in the catalogue.</summary>
    public required string Unit { get; init; }

    [Vocabulary(typeof(Directions))]
    public required string Direction { get; init; }

    /// <summary>The weight of the words shared with the indicator's name and key phrases (see the README).</summary>
    public required double Score { get; init; }

    [Vocabulary(typeof(SuggestionConfidences))]
    public required string Confidence { get; init; }

    /// <summary>The words of the text that matched.</summary>
    public required IReadOnlyList<MatchedText> Matched { get; init; }

    /// <summary>The next indicators by score.</summary>
    public required IReadOnlyList<Alternative> Alternatives { get; init; }

    public static Suggestion? From(IndicatorSuggestion? s) => s is null ? null : new Suggestion
    {
        Code = s.Code,
        NameVi = s.NameVi,
        Unit = s.Unit,
        Direction = s.Direction,
        Score = s.Score,
        Confidence = s.Confidence,
        Matched = [.. s.Matched.Select(m => new MatchedText { Text = m.Text, Span = Span.From(m.Span) })],
        Alternatives = [.. s.Alternatives.Select(a => new Alternative { Code = a.Code, Score = a.Score })],
    };
}

public sealed class MatchedText
{
    public required string Text { get; init; }
    public required Span Span { get; init; }
}

public sealed class Alternative
{
    public required string Code { get; init; }
    public required double Score { get; init; }
}

public sealed class MissingPart
{
    [Vocabulary(typeof(DraftParts))]
    public required string Part { get; init; }

    public required string Reason { get; init; }
}

public sealed class SkippedText
{
    public required string Text { get; init; }
    public required Span Span { get; init; }

    /// <summary>
    /// <c>heading</c>, <c>no-number</c>, <c>no-target-number</c> (years, dates, ages, references only), or <c>too-many</c>
    /// (the text left unread after the first 200 drafts).
    /// </summary>
    [Vocabulary(typeof(SkipReasons))]
    public required string Reason { get; init; }

    public required string Detail { get; init; }

    /// <summary>A yes/no indicator the sentence may state, to enter by hand.</summary>
    public Suggestion? Indicator { get; init; }
}
