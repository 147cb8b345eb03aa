namespace EqualityTracker.Api.Domain.Drafting;

/// <summary>The drafts of one clause: each target value with its year, unit, indicator and comparator.</summary>
internal sealed class ClauseDrafts(
    VietnameseText text,
    TextSpan clause,
    ClauseReader reader,
    (IReadOnlyList<Quantity> Heads, IReadOnlyList<Quantity> Qualifiers) values,
    IndicatorDictionary dictionary)
{
    /// <summary>The drafts, in order. <paramref name="before"/> is the last draft of the same line, whose indicator a
    /// clause that names none continues ("Đến năm 2027, tỷ lệ nữ tiến sĩ đạt 30%; đến năm 2030 đạt 35%").</summary>
    public IEnumerable<TargetDraft> Read(string? label, TargetExtraction.Context context, YearMention? itemYear, TargetDraft? before)
    {
        var heads = values.Heads;
        var years = PairYears(heads);
        // Values with a year each, all different, are one indicator's path ("60% vào năm 2025 và 75% vào năm 2030"):
        // the whole clause names it. Otherwise each value names its own ("tỷ lệ A đạt 90%, tỷ lệ B đạt 85%").
        var series = heads.Count > 1 && years.All(y => y is not null) && years.Select(y => y!.Year).Distinct().Count() == heads.Count;
        TargetDraft? previous = null;
        for (var i = 0; i < heads.Count; i++)
        {
            var head = heads[i];
            var missing = new List<MissingPart>();
            var notes = new List<string>();
            var unit = head.Unit is { } code
                ? new DraftUnit(code, head.UnitSource!, head.UnitText, head.UnitSpan)
                : previous?.Unit is { } carried ? carried with { Source = DraftSources.Carried } : null;

            var indicator = Suggest(series ? clause : Segment(heads, i), unit?.Code, out var indicatorReason);
            if (indicator is null && !series && heads.Count > 1)
            {
                (indicator, indicatorReason) = WholeClause(unit?.Code);
            }

            if (indicator is null && before?.Indicator is { } continued && (unit is null || continued.Unit == unit.Code))
            {
                indicator = continued;
                notes.Add(Reasons.Bilingual($"Phần này không gọi tên chỉ tiêu: tiếp tục chỉ tiêu {continued.Code} của phần trước.",
                    $"This part names no indicator: it continues {continued.Code} of the part before."));
            }

            if (indicator is null)
            {
                missing.Add(new MissingPart(DraftParts.Indicator, indicatorReason!));
            }

            if (unit is null && indicator is not null)
            {
                unit = new DraftUnit(indicator.Unit, DraftSources.Indicator, null, null);
                notes.Add(Reasons.Bilingual($"Câu không ghi đơn vị: lấy đơn vị của chỉ tiêu {indicator.Code}.",
                    $"The text gives no unit: the unit is {indicator.Code}'s."));
            }
            else if (unit is null)
            {
                missing.Add(new MissingPart(DraftParts.Unit, Reasons.Bilingual($"Sau số {head.ValueText} không có đơn vị.", $"No unit follows {head.ValueText}.")));
            }

            var comparator = Comparator(head, previous, indicator, missing, notes);
            var year = years[i] is { } own ? new DraftYear(own.Year, DraftSources.Sentence, own.Text, own.Span)
                : itemYear is not null ? new DraftYear(itemYear.Year, DraftSources.Item, itemYear.Text, itemYear.Span)
                : context.Year ?? context.RequestYear;
            if (year is null)
            {
                missing.Add(new MissingPart(DraftParts.Year, Reasons.Bilingual(
                    "Câu và các tiêu đề phía trên không ghi năm, yêu cầu cũng không có năm mặc định.",
                    "Neither the text nor the headings above it name a year, and the request gives no default year.")));
            }

            if (unit is not null && !ValueBounds.Within(unit.Code, head.Value))
            {
                notes.Add(Reasons.Bilingual($"{head.ValueText} nằm ngoài khoảng có thể của đơn vị {unit.Code}.", $"{head.ValueText} is outside what a {unit.Code} can be."));
            }

            if (i == 0)
            {
                notes.AddRange(values.Qualifiers.Select(Qualifier)); // said once per clause
            }

            var excerpt = Excerpt(head);
            previous = new TargetDraft(label, context.Objective, text.Slice(excerpt), excerpt,
                new DraftValue(head.Value, head.ValueText, head.ValueSpan), comparator, unit, year, indicator, missing, notes);
            yield return previous;
        }
    }

    private DraftComparator? Comparator(Quantity head, TargetDraft? previous, IndicatorSuggestion? indicator, List<MissingPart> missing, List<string> notes)
    {
        var phrase = head.Phrase;
        if (phrase?.Hedge is { } hedge)
        {
            notes.Add(Reasons.Bilingual($"Giá trị là ước lượng ('{hedge}').", $"The value is approximate ('{hedge}')."));
        }

        switch (phrase?.Meaning)
        {
            case ClauseReader.Change:
                missing.Add(new MissingPart(DraftParts.Comparator, Reasons.Bilingual(
                    $"'{phrase.Phrase} {head.ValueText}' là mức thay đổi, không phải mức cần đạt: hãy nhập mức cần đạt.",
                    $"'{phrase.Phrase} {head.ValueText}' is a change, not a level to reach: enter the level.")));
                return null;
            case ClauseReader.Level:
                return indicator is null
                    ? new DraftComparator(Comparators.Equal, DraftSources.Phrase, phrase.Phrase, phrase.Span)
                    : new DraftComparator(Directional(indicator), DraftSources.Direction, phrase.Phrase, phrase.Span);
            case { } meaning:
                return new DraftComparator(meaning, DraftSources.Phrase, phrase.Phrase, phrase.Span);
        }

        if (previous is not null)
        {
            if (previous.Comparator is { } carried)
            {
                return carried with { Source = DraftSources.Carried };
            }

            missing.Add(new MissingPart(DraftParts.Comparator, Reasons.Bilingual("Giá trị trước trong câu cũng không có phép so sánh.", "The value before it has none either.")));
            return null;
        }

        if (indicator is not null)
        {
            return new DraftComparator(Directional(indicator), DraftSources.Direction, null, null);
        }

        missing.Add(new MissingPart(DraftParts.Comparator, Reasons.Bilingual(
            "Trước số không có từ so sánh (đạt, trên, dưới, không quá…) và không có chỉ tiêu gợi ý để biết chiều.",
            "No comparator phrase (đạt, trên, dưới, không quá…) before the value, and no indicator to give a direction.")));
        return null;
    }

    /// <summary>The clause, or in a clause longer than <see cref="TargetExtraction.MaxTextLength"/> the words around the value.</summary>
    private TextSpan Excerpt(Quantity head)
    {
        if (clause.Length <= TargetExtraction.MaxTextLength)
        {
            return clause;
        }

        var start = Math.Max(clause.Start, head.ValueSpan.Start - (TargetExtraction.MaxTextLength / 2));
        return TextSpan.FromBounds(start, Math.Min(clause.End, start + TargetExtraction.MaxTextLength));
    }

    private static string Directional(IndicatorSuggestion indicator) =>
        indicator.Direction == Directions.Lower ? Comparators.AtMost : Comparators.AtLeast;

    private IndicatorSuggestion? Suggest(TextSpan span, string? unit, out string? reason) => dictionary.Suggest(text, span, unit, out reason);

    private readonly Dictionary<string, (IndicatorSuggestion?, string?)> wholeClause = new(StringComparer.Ordinal);

    /// <summary>The whole clause's suggestion for a unit, worked out once however many values the clause has.</summary>
    private (IndicatorSuggestion? Indicator, string? Reason) WholeClause(string? unit)
    {
        var key = unit ?? "";
        if (!wholeClause.TryGetValue(key, out var found))
        {
            found = (Suggest(clause, unit, out var reason), reason);
            wholeClause[key] = found;
        }

        return found;
    }

    /// <summary>The clause's years, one per value: in order when there are as many, one for all, else the nearest.</summary>
    private List<YearMention?> PairYears(IReadOnlyList<Quantity> heads)
    {
        var baselines = reader.Quantities.Where(q => q.Kind == QuantityKind.Baseline).ToList();
        // A year right after a starting value is that value's ("giảm từ 35% năm 2020 xuống 30%").
        var years = reader.YearMentions
            .Where(y => !baselines.Any(b => y.Span.Start >= b.End && !heads.Any(h => h.ValueSpan.Start > b.End && h.ValueSpan.Start < y.Span.Start)))
            .ToList();
        if (years.Count == heads.Count)
        {
            return [.. years];
        }

        if (years.Count == 1)
        {
            return [.. heads.Select(_ => years[0])];
        }

        if (years.Count == 0)
        {
            return [.. heads.Select(_ => (YearMention?)null)];
        }

        return [.. heads.Select(h => years.OrderBy(y => Distance(h, y)).ThenBy(y => y.Span.Start < h.ValueSpan.Start ? 1 : 0).First())];
    }

    private static int Distance(Quantity head, YearMention year) =>
        year.Span.Start >= head.End ? year.Span.Start - head.End : Math.Max(0, head.ValueSpan.Start - year.Span.End);

    /// <summary>The words that belong to value <paramref name="i"/>: from the cut after the value before it to the cut
    /// before the next, a cut being the last "," or "và" between two values.</summary>
    private TextSpan Segment(IReadOnlyList<Quantity> heads, int i)
    {
        var start = i == 0 ? clause.Start : Cut(heads[i - 1], heads[i]);
        var end = i == heads.Count - 1 ? clause.End : Cut(heads[i], heads[i + 1]);
        return TextSpan.FromBounds(start, end);
    }

    private int Cut(Quantity before, Quantity after)
    {
        var between = text.Lower[before.End..after.ValueSpan.Start];
        var comma = between.LastIndexOf(',');
        var and = between.LastIndexOf(" và ", StringComparison.Ordinal);
        var cut = Math.Max(comma, and);
        return cut >= 0 ? before.End + cut : before.End;
    }

    private string Qualifier(Quantity q) => q.Note ?? (q.Kind == QuantityKind.Baseline
        ? Reasons.Bilingual($"'{q.ValueText}' là giá trị xuất phát (từ …), không phải chỉ tiêu.", $"'{q.ValueText}' is the starting value (từ …), not a target.")
        : Reasons.Bilingual($"'{Written(q)}' được hiểu là một phần của điều được đo, không phải giá trị chỉ tiêu.",
            $"'{Written(q)}' is read as part of what is measured, not as a target value."));

    private static string Written(Quantity q) => q.UnitText is null ? q.ValueText : $"{q.ValueText} {q.UnitText}";
}
