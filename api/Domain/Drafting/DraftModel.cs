namespace EqualityTracker.Api.Domain.Drafting;

/// <summary>Where a part of a draft was read: an offset and a length in the pasted text as it was sent.</summary>
/// <remarks>Offsets count UTF-16 code units, as JavaScript strings do, so the web app can highlight the span in the text
/// it sent, even when that text was decomposed (NFD) and the texts of the result are composed.</remarks>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}

/// <summary>The value a draft target sets, as written.</summary>
public sealed record DraftValue(double Number, string Text, TextSpan Span);

/// <summary>The comparator, the phrase it was read from and how it was decided (<see cref="DraftSources.Comparator"/>).</summary>
public sealed record DraftComparator(string Comparator, string Source, string? Phrase, TextSpan? Span);

/// <summary>The unit, the words it was read from and how it was decided (<see cref="DraftSources.Unit"/>).</summary>
public sealed record DraftUnit(string Code, string Source, string? Text, TextSpan? Span);

/// <summary>The year, the words it was read from and where (<see cref="DraftSources.Year"/>).</summary>
public sealed record DraftYear(int Year, string Source, string? Text, TextSpan? Span);

/// <summary>Words of the pasted text that matched an indicator's dictionary entry.</summary>
public sealed record MatchedWords(string Text, TextSpan Span);

/// <summary>An indicator that scored lower than the suggestion.</summary>
public sealed record IndicatorAlternative(string Code, double Score);

/// <summary>A catalogue indicator the text most resembles, with the score, a confidence and the words that matched.</summary>
public sealed record IndicatorSuggestion(
    string Code,
    string NameVi,
    string Unit,
    string Direction,
    double Score,
    string Confidence,
    IReadOnlyList<MatchedWords> Matched,
    IReadOnlyList<IndicatorAlternative> Alternatives);

/// <summary>A part of a draft that the rules could not find, and why (bilingual).</summary>
public sealed record MissingPart(string Part, string Reason);

/// <summary>One target read from the pasted text, for the plan's author to confirm or correct.</summary>
public sealed record TargetDraft(
    string? Label,
    string? Objective,
    string Text,
    TextSpan Span,
    DraftValue Value,
    DraftComparator? Comparator,
    DraftUnit? Unit,
    DraftYear? Year,
    IndicatorSuggestion? Indicator,
    IReadOnlyList<MissingPart> Missing,
    IReadOnlyList<string> Notes);

/// <summary>A piece of the pasted text that gave no target, and why.</summary>
public sealed record SkippedText(string Text, TextSpan Span, string Reason, string Detail, IndicatorSuggestion? Indicator);

/// <summary>What the extraction read: the draft targets in text order and the pieces that gave none.</summary>
public sealed record TargetExtractionResult(IReadOnlyList<TargetDraft> Drafts, IReadOnlyList<SkippedText> Skipped);

/// <summary>Units a draft target can be read in: the catalogue's units, and generic ones for what the catalogue lacks.</summary>
public static class DraftUnits
{
    public const string Percent = "percent";
    public const string BoysPer100Girls = "boys_per_100_girls";
    public const string Per100kLiveBirths = "per_100k_live_births";
    public const string BirthsPer1000Women = "births_per_1000_women_15_19";
    public const string Ratio = "ratio";
    public const string Count = "count";
    public const string Hours = "hours";
    public const string Per100 = "per_100";
    public const string Per1000 = "per_1000";
    public const string Per100k = "per_100k";

    public static IReadOnlyList<string> All { get; } =
        [Percent, BoysPer100Girls, Per100kLiveBirths, BirthsPer1000Women, Ratio, Count, Hours, Per100, Per1000, Per100k];
}

/// <summary>How each part of a draft was decided.</summary>
public static class DraftSources
{
    /// <summary>A comparator phrase next to the value ("đạt", "không dưới", "giảm xuống"…).</summary>
    public const string Phrase = "phrase";

    /// <summary>Taken from the previous value of the same sentence ("đạt 60% vào năm 2025 và 75% vào năm 2030").</summary>
    public const string Carried = "carried";

    /// <summary>From the suggested indicator's direction: a bare figure or "ở mức" is a level to reach or to stay under.</summary>
    public const string Direction = "direction";

    /// <summary>A unit marker after the value ("%", "lần", "bé trai/100 bé gái", "/100.000 trẻ đẻ sống"…).</summary>
    public const string Marker = "marker";

    /// <summary>A whole number followed by a noun: a count of that noun ("một cơ sở y tế").</summary>
    public const string Counted = "counted";

    /// <summary>From the suggested indicator's unit, when the text gives none.</summary>
    public const string Indicator = "indicator";

    /// <summary>A year named in the target's own sentence.</summary>
    public const string Sentence = "sentence";

    /// <summary>A year named elsewhere in the same item (line), once.</summary>
    public const string Item = "item";

    /// <summary>A year named in a heading or paragraph above ("Mục tiêu cụ thể phấn đấu đến năm 2025").</summary>
    public const string Heading = "heading";

    /// <summary>The year the request gave for targets whose text names none (the plan's end year).</summary>
    public const string Request = "request";

    public static IReadOnlyList<string> Comparator { get; } = [Phrase, Carried, Direction];

    public static IReadOnlyList<string> Unit { get; } = [Marker, Carried, Counted, Indicator];

    public static IReadOnlyList<string> Year { get; } = [Sentence, Item, Heading, Request];
}

/// <summary>The parts of a draft that can be missing.</summary>
public static class DraftParts
{
    public const string Comparator = "comparator";
    public const string Unit = "unit";
    public const string Year = "year";
    public const string Indicator = "indicator";

    public static IReadOnlyList<string> All { get; } = [Comparator, Unit, Year, Indicator];
}

/// <summary>Why a piece of the pasted text gave no target.</summary>
public static class SkipReasons
{
    /// <summary>A heading ("II. MỤC TIÊU", "a) Mục tiêu 1: Trong lĩnh vực chính trị").</summary>
    public const string Heading = "heading";

    /// <summary>A sentence with no number.</summary>
    public const string NoNumber = "no-number";

    /// <summary>Numbers that are not target values: years, dates, ages, durations, references ("Dự án 1").</summary>
    public const string NoTargetNumber = "no-target-number";

    /// <summary>The rest of a text past <see cref="TargetExtraction.MaxDrafts"/> drafts: paste it on its own.</summary>
    public const string TooMany = "too-many";

    public static IReadOnlyList<string> All { get; } = [Heading, NoNumber, NoTargetNumber, TooMany];
}

/// <summary>How sure the dictionary is of an indicator suggestion.</summary>
public static class SuggestionConfidences
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";

    public static IReadOnlyList<string> All { get; } = [High, Medium, Low];
}
