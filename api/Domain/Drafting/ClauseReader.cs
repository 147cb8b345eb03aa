using System.Globalization;
using System.Text.RegularExpressions;

namespace EqualityTracker.Api.Domain.Drafting;

/// <summary>What a number in a clause is.</summary>
internal enum QuantityKind
{
    /// <summary>A value in a unit of measure: %, lần, bé trai/100 bé gái, /100.000 trẻ đẻ sống…</summary>
    Measure,

    /// <summary>A whole number followed by a noun: a count of it.</summary>
    Count,

    /// <summary>A number with no unit after it ("… và 109 vào năm 2030").</summary>
    Bare,

    /// <summary>Part of what is measured, not a value: an age, a duration, a count beside a measured value.</summary>
    Qualifier,

    /// <summary>The value a change starts from ("giảm từ 35% xuống 30%").</summary>
    Baseline,
}

/// <summary>A comparator phrase before (or "trở lên" after) a value, and what it says: a comparator, or
/// <see cref="ClauseReader.Level"/> ("ở mức"), <see cref="ClauseReader.Change"/> ("giảm 10%": by, not to),
/// <see cref="ClauseReader.From"/> ("từ 35%"); with the hedge read through ("khoảng").</summary>
internal sealed record PhraseMatch(string Phrase, TextSpan Span, string Meaning, string? Hedge);

internal sealed record Quantity(
    double Value,
    string ValueText,
    TextSpan ValueSpan,
    QuantityKind Kind,
    string? Unit,
    string? UnitSource,
    string? UnitText,
    TextSpan? UnitSpan,
    PhraseMatch? Phrase,
    int End,
    string? Note);

internal sealed record YearMention(int Year, string Text, TextSpan Span);

/// <summary>The numbers, years and comparator phrases of one clause (a sentence, or a part of one between ";").</summary>
internal sealed class ClauseReader
{
    public const string Level = "level";
    public const string Change = "change";
    public const string From = "from";

    /// <summary>Comparator phrases, matched at the end of the words before the value; the longest wins
    /// ("không dưới" before "dưới", "xuống dưới" before "xuống").</summary>
    private static readonly (string Phrase, string Meaning)[] Phrases =
    [
        ("đạt", Comparators.AtLeast), ("đạt ít nhất", Comparators.AtLeast), ("ít nhất", Comparators.AtLeast), ("ít nhất là", Comparators.AtLeast),
        ("không dưới", Comparators.AtLeast), ("không thấp hơn", Comparators.AtLeast), ("không ít hơn", Comparators.AtLeast),
        ("tối thiểu", Comparators.AtLeast), ("tối thiểu là", Comparators.AtLeast), ("đạt tối thiểu", Comparators.AtLeast),
        ("lên", Comparators.AtLeast), ("đạt mức", Comparators.AtLeast),
        ("trên", Comparators.Above), ("đạt trên", Comparators.Above), ("hơn", Comparators.Above), ("cao hơn", Comparators.Above), ("lớn hơn", Comparators.Above),
        ("nhiều hơn", Comparators.Above), ("vượt", Comparators.Above), ("vượt quá", Comparators.Above),
        ("dưới", Comparators.Below), ("xuống dưới", Comparators.Below), ("giảm xuống dưới", Comparators.Below), ("giảm dưới", Comparators.Below),
        ("còn dưới", Comparators.Below), ("thấp hơn", Comparators.Below), ("nhỏ hơn", Comparators.Below), ("ít hơn", Comparators.Below),
        ("giảm xuống", Comparators.AtMost), ("xuống", Comparators.AtMost), ("còn", Comparators.AtMost), ("xuống còn", Comparators.AtMost), ("giảm còn", Comparators.AtMost),
        ("không quá", Comparators.AtMost), ("không vượt quá", Comparators.AtMost), ("không vượt", Comparators.AtMost),
        ("tối đa", Comparators.AtMost), ("tối đa là", Comparators.AtMost), ("không cao hơn", Comparators.AtMost),
        ("không lớn hơn", Comparators.AtMost), ("không nhiều hơn", Comparators.AtMost), ("không hơn", Comparators.AtMost),
        ("bằng", Comparators.Equal), ("ở mức", Level),
        ("giảm", Change), ("tăng", Change), ("giảm thêm", Change), ("tăng thêm", Change), ("từ", From),
    ];

    private static readonly Regex PhraseAtEnd = new(
        @"(?<![\p{L}\p{M}])(?<p>" + string.Join('|', Phrases.Select(p => p.Phrase).OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+")))
        + @")(?:\s+(?<h>khoảng|gần|xấp\s+xỉ|chừng|ước\s+khoảng))?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft);

    private static readonly Regex AfterValue = new(@"\G\s*trở\s+(?<d>lên|xuống)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Number = new(
        @"(?<![\p{L}\p{N}.,/])(?<n>\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:,(?<d>\d+)|\.(?<e>\d{1,2})(?!\d))?(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex NumberWord = new(
        @"(?<![\p{L}\p{M}])(?<w>một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\p{M}])(?!\s+(?:trong|số|cách|vài|phần)(?![\p{L}]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Years = new(
        @"(?<![\p{L}\p{N}])(?:(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|từ\s+năm|năm)\s+)?(?<a>(?:19|20)\d{2})\s*[-–—]\s*(?<y>(?:19|20)\d{2})(?![\p{N}])"
        + @"|(?<![\p{L}\p{N}])(?:(?<base>so\s+với\s+)|(?:đến|vào|tới|trong|cuối|đầu|sau|trước|từ|của)\s+)?năm\s+(?<y>(?:19|20)\d{2})(?![\p{N}])"
        + @"|(?<![\p{L}\p{N}])(?:đến|vào|tới)\s+(?<y>(?:19|20)\d{2})(?![\p{N}.,]|\s*%)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>"ngày 20/4/2021", "15/11", "28/NQ-CP": dates and document numbers, not values.</summary>
    private static readonly Regex DateOrReference = new(
        @"\G(?:/\d{1,2}(?:/\d{2,4})?(?![\d.])|/\p{L})", RegexOptions.CultureInvariant);

    /// <summary>Words after which a number names a part of the document ("Chỉ tiêu 1", "Dự án 2", "nội dung 1, 2 và 3").</summary>
    private static readonly Regex ReferenceBefore = new(
        @"(?<![\p{L}\p{M}])(?:chỉ\s+tiêu|mục\s+tiêu|tiểu\s+dự\s+án|dự\s+án|nội\s+dung|mô\s+hình|điều|khoản|điểm|mục|phần|số|cấp|lần\s+thứ|nhóm|bước|giai\s+đoạn|quyết\s+định|nghị\s+quyết|khóa|khoá)"
        + @"(?:\s+\d+[a-z]?\s*(?:,|và))*\s*$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    private static readonly (Regex Pattern, string Unit)[] Units =
    [
        (new(@"\G\s*(?<t>%|phần\s+trăm)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), DraftUnits.Percent),
        (new(@"\G\s*(?<t>[\p{L}\p{M} ]{0,30}?trai\s*(?:/|trên)\s*100\s*[\p{L}\p{M} ]{0,30}?gái)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), DraftUnits.BoysPer100Girls),
        (new(@"\G\s*(?<t>(?:/|trên)\s*100\.000\s+(?:trẻ|ca)\s+(?:em\s+)?(?:đẻ|sinh)(?:\s+ra)?\s+sống)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), DraftUnits.Per100kLiveBirths),
        (new(@"\G\s*(?<t>(?:ca\s+sinh|ca\s+đẻ|trẻ)\s*(?:/|trên)\s*1\.000\s+phụ\s+nữ)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), DraftUnits.BirthsPer1000Women),
        (Rate(@"100\.000"), DraftUnits.Per100k),
        (Rate(@"1\.?000(?![\d.])"), DraftUnits.Per1000),
        (Rate(@"100(?![\d.])"), DraftUnits.Per100),
        (new(@"\G\s*(?<t>lần)(?![\p{L}\p{M}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), DraftUnits.Ratio),
        (new(@"\G\s*(?<t>giờ)(?![\p{L}\p{M}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), DraftUnits.Hours),
    ];

    /// <summary>Ages and durations: what is measured, not a value ("trẻ em dưới 5 tuổi", "sau 10 năm").</summary>
    private static readonly Regex AgeOrDuration = new(
        @"\G\s*(?<t>tuổi|năm|tháng|tuần|ngày|quý)(?![\p{L}\p{M}])(?!\s*\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The noun after a whole number: it is counted ("một cơ sở y tế", "04 tin, bài").</summary>
    private static readonly Regex CountedNoun = new(
        $@"\G\s+(?!{NotANoun})(?<t>[\p{{L}}\p{{M}}]+(?:\s+(?!{NotANoun})[\p{{L}}\p{{M}}]+)?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Another rate: "/100.000 dân", "trên 1.000 phụ nữ" (at most two words before it, three after).</summary>
    private static Regex Rate(string denominator) => new(
        @"\G\s*(?<t>(?:[\p{L}\p{M}]+\s+){0,2}?(?:/|trên)\s*" + denominator + @"(?:\s+(?!(?:năm|tháng)(?![\p{L}\p{M}])|" + NotANoun + @")[\p{L}\p{M}]+){0,3})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private const string NotANoun =
        @"(?:vào|đến|và|trong|so|tại|của|với|hoặc|trở|từ|là|thì|mà|nếu|khi|theo|trên|dưới|đạt|hay)(?![\p{L}\p{M}])";

    private static readonly string[] WordValues = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    private readonly VietnameseText text;
    private readonly TextSpan clause;
    private readonly List<TextSpan> baseYears = [];

    public ClauseReader(VietnameseText text, TextSpan clause)
    {
        this.text = text;
        this.clause = clause;
        YearMentions = ReadYears();
        Quantities = ReadQuantities();
    }

    public IReadOnlyList<YearMention> YearMentions { get; }

    public IReadOnlyList<Quantity> Quantities { get; }

    /// <summary>Whether the clause holds any number at all (a value, a year, a date, a reference).</summary>
    public bool HasNumbers { get; private set; }

    private string Lower => text.Lower;

    private List<YearMention> ReadYears()
    {
        var years = new List<YearMention>();
        for (var match = Years.Match(Lower, clause.Start, clause.Length); match.Success; match = match.NextMatch())
        {
            var span = new TextSpan(match.Index, match.Length);
            if (match.Groups["base"].Success)
            {
                baseYears.Add(span); // "so với năm 2025": the year compared with, not the target's
                continue;
            }

            years.Add(new YearMention(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), text.Slice(span), span));
        }

        return years;
    }

    private List<Quantity> ReadQuantities()
    {
        var found = new List<(int Index, int Length, double Value, bool Whole, bool Plain)>();
        for (var match = Number.Match(Lower, clause.Start, clause.Length); match.Success; match = match.NextMatch())
        {
            var whole = !match.Groups["d"].Success && !match.Groups["e"].Success;
            found.Add((match.Index, match.Length, ParseNumber(match), whole, whole && !match.Value.Contains('.', StringComparison.Ordinal)));
        }

        for (var match = NumberWord.Match(Lower, clause.Start, clause.Length); match.Success; match = match.NextMatch())
        {
            // A number word is a value only right after a comparator phrase ("có ít nhất một cơ sở"): elsewhere "một",
            // "năm", "ba" are articles, years and other words.
            if (PhraseBefore(match.Index, clause.Start) is { Meaning: not (Change or From) })
            {
                found.Add((match.Index, match.Length, Array.IndexOf(WordValues, match.Groups["w"].Value) + 1, true, false));
            }
        }

        HasNumbers = found.Count > 0;
        var quantities = new List<Quantity>();
        var consumedTo = clause.Start;
        foreach (var (index, length, value, whole, plain) in found.OrderBy(f => f.Index))
        {
            var end = index + length;
            if (index < consumedTo || YearMentions.Select(y => y.Span).Concat(baseYears).Any(y => index < y.End && end > y.Start)
                || At(DateOrReference, end).Success || ReferenceBefore.IsMatch(Lower[Math.Max(clause.Start, index - 60)..index]))
            {
                continue;
            }

            if (plain && value is >= 1900 and <= 2100 && !Units.Any(u => At(u.Pattern, end).Success))
            {
                continue; // a year without "năm": not a value
            }

            var valueSpan = new TextSpan(index, length);
            var phrase = PhraseBefore(index, quantities.Count > 0 ? quantities[^1].End : clause.Start);
            var quantity = ReadUnit(value, valueSpan, whole, phrase);
            if (At(AfterValue, quantity.End) is { Success: true } after)
            {
                var meaning = after.Groups["d"].Value == "lên" ? Comparators.AtLeast : Comparators.AtMost;
                var span = TrimmedSpan(new TextSpan(after.Index, after.Length));
                quantity = quantity with { Phrase = new PhraseMatch(text.Slice(span), span, meaning, null), End = after.Index + after.Length };
            }
            else if (phrase?.Meaning == From)
            {
                quantity = quantity with { Kind = QuantityKind.Baseline };
            }

            quantities.Add(quantity);
            consumedTo = quantity.End;
        }

        return quantities;
    }

    private Quantity ReadUnit(double value, TextSpan valueSpan, bool whole, PhraseMatch? phrase)
    {
        var end = valueSpan.End;
        foreach (var (pattern, unit) in Units)
        {
            var match = At(pattern, end);
            if (match.Success)
            {
                var unitGroup = match.Groups["t"];
                var span = new TextSpan(unitGroup.Index, unitGroup.Length);
                return new Quantity(value, text.Slice(valueSpan), valueSpan, QuantityKind.Measure,
                    unit, DraftSources.Marker, text.Slice(span), span, phrase, match.Index + match.Length, null);
            }
        }

        if (At(AgeOrDuration, end) is { Success: true } time)
        {
            var t = time.Groups["t"];
            return new Quantity(value, text.Slice(valueSpan), valueSpan, QuantityKind.Qualifier, null, null, text.Slice(new TextSpan(t.Index, t.Length)),
                new TextSpan(t.Index, t.Length), phrase, t.Index + t.Length,
                Reasons.Bilingual($"'{text.Slice(TextSpan.FromBounds(valueSpan.Start, t.Index + t.Length))}' là tuổi hoặc thời gian, không phải giá trị chỉ tiêu.",
                    $"'{text.Slice(TextSpan.FromBounds(valueSpan.Start, t.Index + t.Length))}' is an age or a duration, not a target value."));
        }

        if (whole && At(CountedNoun, end) is { Success: true } noun)
        {
            var t = noun.Groups["t"];
            var span = new TextSpan(t.Index, t.Length);
            return new Quantity(value, text.Slice(valueSpan), valueSpan, QuantityKind.Count,
                DraftUnits.Count, DraftSources.Counted, text.Slice(span), span, phrase, span.End, null);
        }

        return new Quantity(value, text.Slice(valueSpan), valueSpan, QuantityKind.Bare,
            null, null, null, null, phrase, end, null);
    }

    /// <summary>A match of an anchored (<c>\G</c>) pattern at <paramref name="index"/>, reading no further than the clause.</summary>
    private Match At(Regex pattern, int index) => pattern.Match(Lower, index, clause.End - index);

    /// <summary>The comparator phrase that ends right before <paramref name="index"/>, looking no further back than
    /// <paramref name="from"/> (the previous value) and 40 characters.</summary>
    private PhraseMatch? PhraseBefore(int index, int from)
    {
        var start = Math.Max(from, index - 40);
        while (start > from && char.IsLetter(Lower[start - 1]))
        {
            start--; // never cut a word: "không dưới" is not "dưới"
        }

        var match = PhraseAtEnd.Match(Lower[start..index]);
        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["p"];
        var phrase = Regex.Replace(group.Value, @"\s+", " ");
        var meaning = Phrases.First(p => p.Phrase == phrase).Meaning;
        var span = new TextSpan(start + group.Index, group.Length);
        var hedge = match.Groups["h"] is { Success: true } h ? text.Slice(new TextSpan(start + h.Index, h.Length)) : null;
        return new PhraseMatch(text.Slice(span), span, meaning, hedge);
    }

    private TextSpan TrimmedSpan(TextSpan span)
    {
        var start = span.Start;
        while (start < span.End && char.IsWhiteSpace(text.Text[start]))
        {
            start++;
        }

        return TextSpan.FromBounds(start, span.End);
    }

    private static double ParseNumber(Match match)
    {
        var whole = match.Groups["n"].Value.Replace(".", "", StringComparison.Ordinal);
        var fraction = match.Groups["d"].Success ? match.Groups["d"].Value : match.Groups["e"].Success ? match.Groups["e"].Value : null;
        return double.Parse(fraction is null ? whole : whole + "." + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}

/// <summary>Messages in Vietnamese first and English second, as everywhere in the product.</summary>
internal static class Reasons
{
    public static string Bilingual(string vi, string en) => $"{vi} / {en}";
}
