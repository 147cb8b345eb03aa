using System.Text.RegularExpressions;

namespace EqualityTracker.Api.Domain.Drafting;

/// <summary>Reads draft targets out of a plan's pasted objectives section ("MỤC TIÊU … Chỉ tiêu 1: …") for its author to confirm.</summary>
/// <remarks>
/// <para><b>Why rules.</b> Provinces write their targets in the few sentence shapes the national strategy uses ("Tỷ lệ …
/// đạt 60%", "… giảm xuống 28/100.000 trẻ đẻ sống", "… đạt 60% vào năm 2025 và 75% vào năm 2030"), a coordinator must
/// see where every part came from, and the product runs with no downloaded model. So the extraction is a handful of
/// rules written down from the five seed plans and the two national strategies, each part returned with the words it
/// came from; what the rules cannot find is returned as missing with the reason — nothing is guessed silently. It
/// reads text only: no I/O; the indicator catalogue comes in as an <see cref="IndicatorDictionary"/>.</para>
/// <para><b>Items.</b> The text is cut into lines; a line's list marker ("-", "+", "a)", "1.", "II.") and label
/// ("Chỉ tiêu 2:", "Mục tiêu của Dự án:") are set aside; the rest is cut into sentences and at ";" into clauses. A line
/// with no target value is a heading (a numbered marker such as "a)" or "II.", a label, or capitals, and at most 30
/// words: it names the objective of the drafts below it, and its year is theirs) or a paragraph.</para>
/// <para><b>Values.</b> Numbers are read the Vietnamese way ("1,7", "100.000", "04") and "một" … "mười" right after a
/// comparator phrase ("có ít nhất một cơ sở"). Not values: years ("năm 2025", "giai đoạn 2021-2025", "2030"), dates
/// ("20/4/2021"), document numbers ("28/NQ-CP"), references ("Chỉ tiêu 1", "Dự án 2"), ages and durations ("dưới 5
/// tuổi", "sau 10 năm"), and starting values ("từ 35%"). The unit follows the number: "%" (percent), "bé trai/100 bé
/// gái", "/100.000 trẻ đẻ sống", "ca sinh/1.000 phụ nữ", "lần" (ratio), "giờ", other "/100", "/1.000", "/100.000" rates,
/// or a noun (a count of it). In a clause with a measured value, a count is part of what is measured ("100% xã … có ít
/// nhất 04 tin, bài" is one target of 100%), and a later number with no unit takes the unit before it ("111 bé trai/100
/// bé gái vào năm 2025 và 109 vào năm 2030").</para>
/// <para><b>Comparators.</b> The phrase right before the value decides, the longest first: "đạt", "ít nhất", "không
/// dưới", "tối thiểu", "lên" → <c>&gt;=</c>; "trên", "hơn", "vượt" → <c>&gt;</c>; "dưới", "xuống dưới" → <c>&lt;</c>;
/// "giảm xuống", "còn", "không quá", "tối đa", "không vượt quá" → <c>&lt;=</c>; "bằng" → <c>=</c>; "trở lên"/"trở xuống"
/// after the value → <c>&gt;=</c>/<c>&lt;=</c>; a hedge ("khoảng") is noted and read through. "ở mức" (at the level)
/// and a bare figure ("70% cán bộ … được tập huấn", "Đảm bảo 100% …") state a level to reach: the comparator is the
/// suggested indicator's direction, <c>&gt;=</c> when higher is better and <c>&lt;=</c> when lower is better ("ở mức 111
/// bé trai/100 bé gái" is a ceiling), or, for "ở mức" with no indicator, <c>=</c>; a bare figure with no indicator has
/// none. A later value with no phrase of its own takes the one before it ("đạt 60% … và 75% …"). "giảm 10%" or
/// "tăng 10%" states a change, not a level: no comparator, and the reason.</para>
/// <para><b>Years.</b> The clause's own years ("đến năm 2025", "vào năm 2030", "giai đoạn 2021-2025" → 2025) pair with
/// its values in order when there are as many, or one year serves them all ("so với năm 2020" is a base year, not
/// one of them); otherwise a year of the same line, then the last year of a heading above, then the request's year
/// (the plan's end year), else none and why.</para>
/// </remarks>
public static class TargetExtraction
{
    /// <summary>The most drafts one text gives: an objectives section has a few dozen targets; the rest of a text with
    /// more is listed as skipped, to paste again on its own.</summary>
    public const int MaxDrafts = 200;

    /// <summary>The longest text a draft quotes: its clause, or the words around its value in a longer one.</summary>
    public const int MaxTextLength = 600;

    private const int MaxHeadingWords = 30;

    /// <summary>The catalogue's unit of yes/no indicators ("nội dung … được đưa vào chương trình"): a target with no number.</summary>
    private const string YesNo = "yes_no";

    private static readonly Regex Marker = new(
        @"\G(?:\s*(?:[-–—+•*·]+\)?|\(?[a-zđ]\)|\d+(?:\.\d+)*[.)]|[ivxlc]+[.)])(?=\s|\p{L}))+\s*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Label = new(
        @"\G(?<l>(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?!năm\s)[\p{L}\p{M}\d]+){0,3}?)\s*:\s*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Reads the draft targets of <paramref name="pasted"/>; <paramref name="defaultYear"/> is the year of
    /// targets whose text names none (the plan's end year), when the caller knows it.</summary>
    public static TargetExtractionResult Extract(string pasted, IndicatorDictionary dictionary, int? defaultYear = null)
    {
        var text = new VietnameseText(pasted);
        var drafts = new List<TargetDraft>();
        var skipped = new List<SkippedText>();
        var context = new Context(defaultYear);
        foreach (var line in Lines(text.Text))
        {
            if (ReadLine(text, line, dictionary, context, drafts, skipped) is { } rest)
            {
                var span = TextSpan.FromBounds(rest, text.Text.Length);
                skipped.Add(new SkippedText(text.Slice(TextSpan.FromBounds(rest, Math.Min(span.End, rest + MaxTextLength))), span, SkipReasons.TooMany,
                    Reasons.Bilingual($"Chỉ đọc {MaxDrafts} chỉ tiêu đầu tiên: hãy dán phần còn lại riêng.",
                        $"Only the first {MaxDrafts} targets are drafted: paste the rest on its own."), null));
                break;
            }
        }

        var result = new TargetExtractionResult(drafts, skipped);
        return text.Recomposed ? ToSent(text, result) : result;
    }

    /// <summary>The result with every span in the text as it was sent, for a text that had to be composed first.</summary>
    private static TargetExtractionResult ToSent(VietnameseText text, TargetExtractionResult result)
    {
        TextSpan Sent(TextSpan span) => text.ToSent(span);
        TextSpan? Maybe(TextSpan? span) => span is { } s ? text.ToSent(s) : null;
        IndicatorSuggestion? Suggestion(IndicatorSuggestion? s) =>
            s is null ? null : s with { Matched = [.. s.Matched.Select(m => m with { Span = Sent(m.Span) })] };
        return new TargetExtractionResult(
            [.. result.Drafts.Select(d => d with
            {
                Span = Sent(d.Span),
                Value = d.Value with { Span = Sent(d.Value.Span) },
                Comparator = d.Comparator is { } c ? c with { Span = Maybe(c.Span) } : null,
                Unit = d.Unit is { } u ? u with { Span = Maybe(u.Span) } : null,
                Year = d.Year is { } y ? y with { Span = Maybe(y.Span) } : null,
                Indicator = Suggestion(d.Indicator),
            })],
            [.. result.Skipped.Select(s => s with { Span = Sent(s.Span), Indicator = Suggestion(s.Indicator) })]);
    }

    /// <summary>Reads one line; when the drafts reach <see cref="MaxDrafts"/>, where the text left unread starts.</summary>
    private static int? ReadLine(VietnameseText text, TextSpan line, IndicatorDictionary dictionary, Context context, List<TargetDraft> drafts, List<SkippedText> skipped)
    {
        var marker = Marker.Match(text.Lower, line.Start, line.Length);
        var bodyStart = marker.Success ? marker.Index + marker.Length : line.Start;
        var label = Label.Match(text.Lower, bodyStart, line.End - bodyStart);
        var labelText = label.Success ? text.Slice(new TextSpan(label.Groups["l"].Index, label.Groups["l"].Length)) : null;
        if (label.Success)
        {
            bodyStart = label.Index + label.Length;
        }

        var numbered = marker.Success && Regex.IsMatch(marker.Value, @"[\p{L}\d]") ? marker.Value.Trim() : null;
        var readers = Clauses(text.Text, TextSpan.FromBounds(bodyStart, line.End)).Select(c => (Span: c, Reader: new ClauseReader(text, c))).ToList();
        var heads = readers.Select(r => Heads(r.Reader)).ToList();
        if (heads.All(h => h.Heads.Count == 0))
        {
            var lineText = text.Slice(line);
            var words = lineText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var letters = lineText.Where(char.IsLetter).ToList();
            var capitals = letters.Count >= 3 && letters.All(char.IsUpper);
            if ((numbered is not null || label.Success || capitals) && words <= MaxHeadingWords)
            {
                skipped.Add(new SkippedText(lineText, line, SkipReasons.Heading,
                    Reasons.Bilingual("Tiêu đề: các chỉ tiêu bên dưới thuộc mục này.", "A heading: the targets below belong to it."), null));
                context.Objective = text.Slice(TextSpan.FromBounds(marker.Success ? marker.Index + marker.Length : line.Start, line.End)).TrimEnd('.', ':', ' ');
                // A heading's year is its targets' ("Mục tiêu cụ thể phấn đấu đến năm 2025"); a paragraph's years are often
                // another plan's ("… Chiến lược quốc gia … giai đoạn 2011 - 2020"), so they are not used.
                if (readers.SelectMany(r => r.Reader.YearMentions).LastOrDefault() is { } year)
                {
                    context.Year = new DraftYear(year.Year, DraftSources.Heading, year.Text, year.Span);
                }
            }
            else
            {
                skipped.AddRange(readers.Select(r => Skip(text, r.Span, r.Reader, dictionary)));
            }

            return null;
        }

        var lineYears = readers.SelectMany(r => r.Reader.YearMentions).Select(y => y.Year).Distinct().ToList();
        var itemYear = lineYears.Count == 1 ? readers.SelectMany(r => r.Reader.YearMentions).First() : null;
        for (var i = 0; i < readers.Count; i++)
        {
            if (heads[i].Heads.Count == 0)
            {
                skipped.Add(Skip(text, readers[i].Span, readers[i].Reader, dictionary));
                continue;
            }

            var before = drafts.Count > 0 && drafts[^1].Span.Start >= line.Start ? drafts[^1] : null;
            foreach (var draft in new ClauseDrafts(text, readers[i].Span, readers[i].Reader, heads[i], dictionary).Read(labelText ?? numbered, context, itemYear, before))
            {
                if (drafts.Count == MaxDrafts)
                {
                    return draft.Value.Span.Start;
                }

                drafts.Add(draft);
            }
        }

        return null;
    }

    private static SkippedText Skip(VietnameseText text, TextSpan clause, ClauseReader reader, IndicatorDictionary dictionary)
    {
        // With no number the text can still state a yes/no target ("Nội dung về giới … được đưa vào chương trình giảng
        // dạy"): say which one, for the author to enter by hand.
        var hint = dictionary.Suggest(text, clause, YesNo, out _);
        var numbers = reader.HasNumbers || reader.YearMentions.Count > 0;
        var why = numbers
            ? Reasons.Bilingual("Các số trong câu là năm, ngày, tuổi, thời gian hay số thứ tự, không phải giá trị chỉ tiêu.",
                "The numbers here are years, dates, ages, durations or references, not target values.")
            : Reasons.Bilingual("Câu không có số nên không có chỉ tiêu định lượng.", "No number, so no quantified target.");
        if (hint is not null)
        {
            why += " " + Reasons.Bilingual($"Có thể là chỉ tiêu có/không {hint.Code}: hãy nhập tay.", $"It may be the yes/no indicator {hint.Code}: enter it by hand.");
        }

        return new SkippedText(text.Slice(clause), clause, numbers ? SkipReasons.NoTargetNumber : SkipReasons.NoNumber, why, hint);
    }

    /// <summary>The values of a clause that are targets, and the numbers read as part of what is measured.</summary>
    internal static (IReadOnlyList<Quantity> Heads, IReadOnlyList<Quantity> Qualifiers) Heads(ClauseReader reader)
    {
        var quantities = reader.Quantities;
        var measured = quantities.Any(q => q.Kind == QuantityKind.Measure);
        var heads = new List<Quantity>();
        var qualifiers = new List<Quantity>();
        foreach (var q in quantities)
        {
            var head = q.Kind switch
            {
                QuantityKind.Measure => true,
                QuantityKind.Count => !measured,
                QuantityKind.Bare => !measured || heads.Count > 0,
                _ => false,
            };
            (head ? heads : qualifiers).Add(q);
        }

        return (heads, qualifiers);
    }

    /// <summary>The lines of the text, trimmed, without empty ones.</summary>
    private static IEnumerable<TextSpan> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny(['\n', '\r', '\u2028', '\u2029'], start);
            if (end < 0)
            {
                end = text.Length;
            }

            var span = Trim(text, TextSpan.FromBounds(start, end), "");
            if (span.Length > 0)
            {
                yield return span;
            }

            start = end + 1;
        }
    }

    /// <summary>Sentences (a full stop, "?" or "!" before a capital) and, inside them, the parts between ";".</summary>
    private static IEnumerable<TextSpan> Clauses(string text, TextSpan body)
    {
        var start = body.Start;
        for (var i = body.Start; i <= body.End; i++)
        {
            var cut = i == body.End || text[i] == ';' || (text[i] is '.' or '?' or '!' && SentenceEnds(text, i, body.End));
            if (!cut)
            {
                continue;
            }

            var clause = Trim(text, TextSpan.FromBounds(start, i), ".;,:");
            if (clause.Length > 0)
            {
                yield return clause;
            }

            start = i + 1;
        }
    }

    private static bool SentenceEnds(string text, int i, int end)
    {
        if ((i > 0 && text[i - 1] == '.') || (i + 1 < end && text[i + 1] == '.'))
        {
            return false; // "…" written as dots
        }

        var next = i + 1;
        if (next >= end || !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < end && char.IsUpper(text[next]);
    }

    private static TextSpan Trim(string text, TextSpan span, string punctuation)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || punctuation.Contains(text[end - 1], StringComparison.Ordinal)))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>What the lines above say about the lines below: the objective they belong to and its year.</summary>
    internal sealed class Context(int? requestYear)
    {
        public string? Objective { get; set; }

        public DraftYear? Year { get; set; }

        public DraftYear? RequestYear { get; } = requestYear is { } year ? new DraftYear(year, DraftSources.Request, null, null) : null;
    }
}
