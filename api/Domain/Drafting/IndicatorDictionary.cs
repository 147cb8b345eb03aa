namespace EqualityTracker.Api.Domain.Drafting;

/// <summary>An indicator of the product's catalogue, as the dictionary needs it.</summary>
public sealed record CatalogueIndicator(string Code, string NameVi, string Unit, string Direction);

/// <summary>Suggests the catalogue indicator a target's words describe, with a score, a confidence and the matched words.</summary>
/// <remarks>
/// <para><b>Why a dictionary and not a model.</b> The product runs on a provincial server with no downloaded model, and an
/// author has to see why an indicator was suggested. So an indicator's vocabulary is the pairs of adjacent syllables
/// (Vietnamese words are mostly two syllables: "giới tính", "tử vong") of its catalogue name (table <c>indicators</c>,
/// so a new indicator is suggested as soon as it exists) and of the key phrases in <see cref="Keywords"/>, which were
/// written down from how the seed plans and the two national strategies word each target ("bé trai/100 bé gái",
/// "tử vong bà mẹ", "làm công hưởng lương"…).</para>
/// <para><b>Score.</b> Each pair of the text found in an indicator's vocabulary adds its weight, ln((N + 1) / df): a pair
/// that N indicators share ("bình đẳng", "tỷ lệ") weighs almost nothing, one that only this indicator has weighs most.
/// Only indicators measured in the value's unit compete (a "%" is never a sex ratio). The best is suggested when its score
/// reaches <see cref="MinScore"/>; its confidence is <c>high</c> when it also leads the next by half again, <c>medium</c>
/// when it leads by a fifth, else <c>low</c>, and the next two are given as alternatives.</para>
/// <para>Folded text (<see cref="VietnameseText.Folded"/>) is compared, so spelling variants of diacritics match.</para>
/// </remarks>
public sealed class IndicatorDictionary
{
    /// <summary>The lowest score that is suggested: two or three pairs of syllables that only this indicator has
    /// (each weighs ln 29 ≈ 3.4 with the 28 indicators of the seeds).</summary>
    public const double MinScore = 8.0;

    /// <summary>The score from which a clear lead is a <c>high</c> confidence.</summary>
    public const double HighScore = 12.0;

    /// <summary>Key phrases per indicator code, as the seed plans and the national strategies word their targets.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["WOMEN_KEY_LEADERS"] = ["lãnh đạo chủ chốt là nữ", "cơ quan ngang Bộ", "Ủy ban nhân dân các cấp có lãnh đạo"],
        ["WAGE_WORKERS_F"] = ["lao động nữ làm công hưởng lương"],
        ["AGRI_WORKERS_F"] = ["làm việc trong khu vực nông nghiệp", "lao động nữ có việc làm"],
        ["ENTERPRISE_DIRECTORS_F"] = ["nữ giám đốc", "nữ làm chủ doanh nghiệp", "chủ doanh nghiệp, hợp tác xã"],
        ["UNPAID_CARE_RATIO"] = ["số giờ trung bình làm công việc nội trợ", "chăm sóc trong gia đình", "không được trả công"],
        ["GBV_VICTIMS_SUPPORTED"] = ["người bị bạo lực gia đình", "dịch vụ hỗ trợ cơ bản"],
        ["GBV_PERPETRATORS_COUNSELLED"] = ["người gây bạo lực gia đình", "truy cứu trách nhiệm hình sự", "được tư vấn, tham vấn"],
        ["TRAFFICKING_VICTIMS_SUPPORTED"] = ["nạn nhân bị mua bán trở về", "tái hòa nhập cộng đồng"],
        ["SOCIAL_FACILITIES_GBV"] = ["cơ sở trợ giúp xã hội công lập", "hoạt động trợ giúp, phòng ngừa"],
        ["SRB"] = ["tỷ số giới tính khi sinh", "bé trai/100 bé gái", "trẻ sơ sinh trai/100 trẻ sơ sinh gái"],
        ["MMR"] = ["tử vong bà mẹ", "tử vong mẹ", "liên quan đến thai sản", "trẻ đẻ sống", "trẻ sinh sống"],
        ["ADOLESCENT_BIRTH_RATE"] = ["sinh ở vị thành niên", "ca sinh/1.000 phụ nữ"],
        ["LGBT_HEALTH_FACILITIES"] = ["người đồng tính, song tính và chuyển giới", "cơ sở y tế cung cấp thí điểm"],
        ["GENDER_CURRICULUM"] = ["đưa vào chương trình giảng dạy", "hệ thống giáo dục quốc dân"],
        ["EM_PRIMARY_COMPLETION"] = ["hoàn thành giáo dục tiểu học", "trẻ em gái dân tộc thiểu số"],
        ["EM_LOWER_SECONDARY_COMPLETION"] = ["hoàn thành cấp trung học cơ sở"],
        ["VOCATIONAL_ENROLMENT_F"] = ["nữ học viên, học sinh, sinh viên được tuyển mới", "hệ thống giáo dục nghề nghiệp"],
        ["MASTERS_F"] = ["nữ thạc sĩ", "trình độ thạc sĩ"],
        ["DOCTORATES_F"] = ["nữ tiến sĩ", "trình độ tiến sĩ"],
        ["GE_KNOWLEDGE_REACH"] = ["dân số được tiếp cận kiến thức cơ bản"],
        ["ORGANISATIONS_BRIEFED"] = ["tổ chức Đảng, chính quyền, cơ quan hành chính", "được phổ biến, cập nhật thông tin", "cam kết thực hiện bình đẳng giới"],
        ["COMMUNES_GE_NEWS"] = ["xã, phường, thị trấn mỗi quý", "tin, bài về bình đẳng giới", "hệ thống thông tin cơ sở"],
        ["BROADCASTERS_GE_PROGRAMME"] = ["Đài Phát thanh - Truyền hình tỉnh", "Đài Truyền thanh huyện", "chuyên mục, chuyên đề"],
        ["OFFICIALS_REACHED_COMM"] = ["cán bộ, công chức, viên chức, người lao động", "sỹ quan, hạ sỹ quan, chiến sỹ", "lực lượng vũ trang", "sinh viên, học sinh các cấp"],
        ["RESIDENTS_REACHED_COMM"] = ["người dân ở khu dân cư"],
        ["GE_STAFF_TRAINED"] = ["cán bộ làm công tác bình đẳng giới", "đội ngũ cộng tác viên", "được tập huấn"],
        ["WOMEN_LEADERS_TRAINED"] = ["nữ đại biểu dân cử", "nữ cán bộ quản lý, nữ lãnh đạo", "kỹ năng quản lý lãnh đạo", "trong diện quy hoạch"],
        ["GE_SUPPORT_ACCESS"] = ["người có nhu cầu hỗ trợ về bình đẳng giới", "dịch vụ tư vấn, hỗ trợ bình đẳng giới"],
    };

    private readonly IReadOnlyList<Entry> entries;
    private readonly Dictionary<string, double> weights;

    public IndicatorDictionary(IEnumerable<CatalogueIndicator> catalogue)
    {
        entries = [.. catalogue.Select(indicator =>
        {
            var phrases = Keywords.TryGetValue(indicator.Code, out var keywords) ? keywords.Prepend(indicator.NameVi) : [indicator.NameVi];
            return new Entry(indicator, [.. phrases.SelectMany(Pairs).Distinct(StringComparer.Ordinal)]);
        })];
        weights = entries.SelectMany(e => e.Pairs).GroupBy(p => p, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log((entries.Count + 1.0) / g.Count()), StringComparer.Ordinal);
    }

    public IReadOnlyList<CatalogueIndicator> Indicators => [.. entries.Select(e => e.Indicator)];

    /// <summary>The indicator the words in <paramref name="span"/> describe, among those measured in <paramref name="unit"/>
    /// (any unit when null); null with the reason when none scores enough.</summary>
    public IndicatorSuggestion? Suggest(VietnameseText text, TextSpan span, string? unit, out string? reason)
    {
        var candidates = entries.Where(e => unit is null || e.Indicator.Unit == unit).ToList();
        if (candidates.Count == 0)
        {
            reason = Reasons.Bilingual($"Danh mục không có chỉ tiêu nào tính bằng đơn vị '{unit}': cần định nghĩa chỉ tiêu mới.",
                $"No catalogue indicator is measured in '{unit}': define a new indicator.");
            return null;
        }

        var syllables = text.Syllables(span);
        var pairs = Enumerable.Range(0, Math.Max(0, syllables.Count - 1))
            .Select(i => (Key: syllables[i].Syllable + " " + syllables[i + 1].Syllable, Span: TextSpan.FromBounds(syllables[i].Span.Start, syllables[i + 1].Span.End)))
            .ToList();
        var scored = candidates
            .Select(e =>
            {
                var matched = pairs.Where(p => e.PairSet.Contains(p.Key)).ToList();
                var score = matched.Select(p => p.Key).Distinct(StringComparer.Ordinal).Sum(k => weights[k]);
                return (Entry: e, Score: Math.Round(score, 2), Matched: matched);
            })
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Entry.Indicator.Code, StringComparer.Ordinal)
            .ToList();

        var best = scored[0];
        if (best.Score < MinScore)
        {
            reason = best.Score == 0
                ? Reasons.Bilingual("Không chỉ tiêu nào trong danh mục có từ ngữ giống câu này.", "No catalogue indicator shares words with this text.")
                : Reasons.Bilingual($"Chỉ tiêu gần nhất ({best.Entry.Indicator.Code}, điểm {best.Score}) giống quá ít.",
                    $"The closest indicator ({best.Entry.Indicator.Code}, score {best.Score}) shares too few distinctive words.");
            return null;
        }

        var second = scored.Count > 1 ? scored[1].Score : 0;
        var confidence = best.Score >= HighScore && best.Score >= 1.5 * second ? SuggestionConfidences.High
            : best.Score >= 1.2 * second ? SuggestionConfidences.Medium
            : SuggestionConfidences.Low;
        reason = null;
        return new IndicatorSuggestion(
            best.Entry.Indicator.Code,
            best.Entry.Indicator.NameVi,
            best.Entry.Indicator.Unit,
            best.Entry.Indicator.Direction,
            best.Score,
            confidence,
            Runs(text, best.Matched.Select(m => m.Span)),
            [.. scored.Skip(1).Take(2).Where(s => s.Score > 0).Select(s => new IndicatorAlternative(s.Entry.Indicator.Code, s.Score))]);
    }

    /// <summary>Overlapping matched pairs joined into the runs of words they cover.</summary>
    private static IReadOnlyList<MatchedWords> Runs(VietnameseText text, IEnumerable<TextSpan> spans)
    {
        var runs = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (runs.Count > 0 && span.Start <= runs[^1].End)
            {
                runs[^1] = TextSpan.FromBounds(runs[^1].Start, Math.Max(runs[^1].End, span.End));
            }
            else
            {
                runs.Add(span);
            }
        }

        return [.. runs.Select(r => new MatchedWords(text.Slice(r), r))];
    }

    private static IEnumerable<string> Pairs(string phrase)
    {
        var syllables = VietnameseText.FoldPhrase(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < syllables.Length; i++)
        {
            yield return syllables[i] + " " + syllables[i + 1];
        }
    }

    private sealed record Entry(CatalogueIndicator Indicator, IReadOnlyList<string> Pairs)
    {
        public HashSet<string> PairSet { get; } = [.. Pairs];
    }
}
