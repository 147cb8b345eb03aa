using System.Globalization;
using System.Text;
using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Domain.Drafting;
using EqualityTracker.Api.Features.Plans.DraftTargets;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace EqualityTracker.Tests.Domain;

/// <summary>
/// The extraction rules on every seed target (<c>reference/plan-targets.csv</c>) and national-strategy target
/// (<c>reference/national-targets.csv</c>), on the seed plans' objectives sections pasted whole, and on made-up sentences
/// for each comparator phrase, both where it is the comparator and where the same word is not.
/// </summary>
/// <remarks>The indicator catalogue is the one the migrations seed, read from a migrated database; the rules themselves
/// read text only.</remarks>
public sealed class TargetExtractionTests
{
    /// <summary>Seed targets honest rules do not read, each with the reason. <see cref="SeedTarget_IsReadAsItsRowSays"/>
    /// checks each is still missed, so the list cannot outlive a fix.</summary>
    private static readonly Dictionary<string, string> ExpectedMisses = new()
    {
        ["NB-2021-2025 5.1 (2025)"] =
            "A yes/no target stated without a number (\"Nội dung về giới … được đưa vào chương trình giảng dạy …\"): there is " +
            "no value to read, so no draft; the sentence is listed as skipped, naming GENDER_CURRICULUM as the yes/no indicator it may be.",
    };

    private static readonly Dictionary<string, string> Units = new()
    {
        ["percent"] = DraftUnits.Percent,
        ["boys per 100 girls"] = DraftUnits.BoysPer100Girls,
        ["per 100000 live births"] = DraftUnits.Per100kLiveBirths,
        ["births per 1000 women aged 15-19"] = DraftUnits.BirthsPer1000Women,
        ["ratio"] = DraftUnits.Ratio,
        ["count"] = DraftUnits.Count,
        ["yes/no"] = "yes_no",
    };

    private TestDatabase? database;
    private IndicatorDictionary dictionary = null!;
    private Dictionary<string, string> seededIndicators = null!;

    [OneTimeSetUp]
    public async Task LoadTheSeededCatalogue()
    {
        database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await new MigrationRunner(database.Database, new FakeClock(Instant.FromUtc(2026, 12, 1, 3, 0)), NullLogger<MigrationRunner>.Instance).ApplyPendingAsync();
        await using var connection = await database.Database.OpenAsync();
        dictionary = await IndicatorCatalogue.LoadAsync(connection);
        seededIndicators = (await connection.QueryAsync<(string Plan, int Objective, string Number, int Year, string Indicator)>(
                "SELECT plan_code, objective_number, number, year, indicator_code FROM targets"))
            .ToDictionary(t => $"{t.Plan} {t.Objective}.{t.Number} ({t.Year})", t => t.Indicator);
    }

    [OneTimeTearDown]
    public void DropDatabase() => database?.Dispose();

    public static IEnumerable<TestCaseData> SeedRows() =>
        from file in new[] { "plan-targets.csv", "national-targets.csv" }
        from row in ReferenceCsv.Read(file)
        select new TestCaseData(row).SetArgDisplayNames(Key(row));

    [TestCaseSource(nameof(SeedRows))]
    public void SeedTarget_IsReadAsItsRowSays(IReadOnlyDictionary<string, string> row)
    {
        var result = TargetExtraction.Extract(row["target_vi"], dictionary, PlanEndYear(row["plan"]));

        var draft = result.Drafts.FirstOrDefault(d => Reads(d, row));
        if (ExpectedMisses.ContainsKey(Key(row)))
        {
            Assert.That(draft, Is.Null, $"{Key(row)} is read now: take it off the expected misses");
            return;
        }

        Assert.That(draft, Is.Not.Null, () => $"{Key(row)}: {Describe(result)}");
        Assert.That(draft!.Indicator?.Code, Is.EqualTo(seededIndicators[Key(row)]), Key(row));
    }

    [Test]
    public void NoNumberTarget_GivesNoDraft_AndSaysWhichYesNoIndicatorItMayBe()
    {
        var result = TargetExtraction.Extract(
            "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục quốc dân theo hướng dẫn của Bộ Giáo dục và Đào tạo",
            dictionary, 2025);

        Assert.That(result.Drafts, Is.Empty);
        var skipped = result.Skipped.Single();
        Assert.Multiple(() =>
        {
            Assert.That(skipped.Reason, Is.EqualTo(SkipReasons.NoNumber));
            Assert.That(skipped.Detail, Does.Contain("No number").And.Contain("GENDER_CURRICULUM"));
            Assert.That(skipped.Indicator?.Code, Is.EqualTo("GENDER_CURRICULUM"));
        });
    }

    /// <summary>The figures of the README's "Plan text → draft targets" section: computed here, and the README must state
    /// them as they are.</summary>
    [Test]
    public async Task PrecisionAndRecall_AreTheFiguresTheReadmeStates()
    {
        var lines = new[]
        {
            Figure("`plan-targets.csv`, each target's text alone (the plan's end year as the request's year)", ScoreRows("plan-targets.csv")),
            Figure("`national-targets.csv`, each text alone", ScoreRows("national-targets.csv")),
            Figure("Ninh Bình's section II \"MỤC TIÊU\" pasted whole", ScoreSection("002_f1bf490ea2316ec8.txt", "II. MỤC TIÊU", "III. NHIỆM VỤ", "NB-2021-2025", null)),
            Figure("Phú Thọ's section II \"MỤC TIÊU\" pasted whole (year 2020 sent)", ScoreSection("000_78e55779edbe941c.txt", "II. MỤC TIÊU", " III. ĐỐI TƯỢNG", "PT-2016-2020", 2020)),
            Figure("Thái Nguyên's and Bỉm Sơn's section I (no numeric target)", Add(
                ScoreSection("004_6e917b80c0db4704.txt", "I. MỤC ĐÍCH", "II. NỘI DUNG", "TN-2017", null),
                ScoreSection("001_3f1332d5cba35fc5.txt", "I. MỤC ĐÍCH", "II. NỘI DUNG", "BS-2018", null))),
        };

        Assert.That(lines, Is.EqualTo(new[]
        {
            "| `plan-targets.csv`, each target's text alone (the plan's end year as the request's year) | 30 | 29 | 29 | 100% | 96.7% | 29 |",
            "| `national-targets.csv`, each text alone | 22 | 22 | 22 | 100% | 100% | 22 |",
            "| Ninh Bình's section II \"MỤC TIÊU\" pasted whole | 23 | 22 | 22 | 100% | 95.7% | 22 |",
            "| Phú Thọ's section II \"MỤC TIÊU\" pasted whole (year 2020 sent) | 5 | 5 | 5 | 100% | 100% | 5 |",
            "| Thái Nguyên's and Bỉm Sơn's section I (no numeric target) | 0 | 0 | 0 | — | — | 0 |",
        }));
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        Assert.That(lines, Has.All.Matches<string>(line => readme.Contains(line!, StringComparison.Ordinal)), "README.md, section \"Plan text → draft targets\", must state these rows");
    }

    [TestCase("Tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh đạt 35% vào năm 2030.", ">=", "đạt", 35, "percent", 2030)]
    [TestCase("Có ít nhất 30% xã, phường có câu lạc bộ gia đình phát triển bền vững đến năm 2030.", ">=", "ít nhất", 30, "percent", 2030)]
    [TestCase("Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ không dưới 45% năm 2030.", ">=", "không dưới", 45, "percent", 2030)]
    [TestCase("Tỷ lệ nữ giám đốc doanh nghiệp tối thiểu 25% đến năm 2030.", ">=", "tối thiểu", 25, "percent", 2030)]
    [TestCase("Tăng tỷ lệ lao động nữ làm công hưởng lương lên 55% năm 2030.", ">=", "lên", 55, "percent", 2030)]
    [TestCase("Tỷ lệ lao động nữ làm công hưởng lương từ 55% trở lên vào năm 2030.", ">=", "trở lên", 55, "percent", 2030)]
    [TestCase("Tỷ lệ trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt trên 95% vào năm 2030.", ">", "đạt trên", 95, "percent", 2030)]
    [TestCase("Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp dưới 25% vào năm 2030.", "<", "dưới", 25, "percent", 2030)]
    [TestCase("Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp xuống dưới 22% vào năm 2030.", "<", "xuống dưới", 22, "percent", 2030)]
    [TestCase("Tỷ lệ tử vong bà mẹ giảm xuống 20/100.000 trẻ đẻ sống vào năm 2030.", "<=", "giảm xuống", 20, "per_100k_live_births", 2030)]
    [TestCase("Tỷ suất sinh ở vị thành niên giảm còn 12 ca sinh/1.000 phụ nữ vào năm 2030.", "<=", "giảm còn", 12, "births_per_1000_women_15_19", 2030)]
    [TestCase("Tỷ số giới tính khi sinh không quá 112 trẻ sơ sinh trai/100 trẻ sơ sinh gái đến năm 2030.", "<=", "không quá", 112, "boys_per_100_girls", 2030)]
    [TestCase("Tỷ lệ lao động nữ trong khu vực nông nghiệp tối đa 20% vào năm 2030.", "<=", "tối đa", 20, "percent", 2030)]
    [TestCase("Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái vào năm 2030.", "<=", "không vượt quá", 110, "boys_per_100_girls", 2030)]
    [TestCase("Tỷ lệ cơ sở đạt chuẩn bằng 100% vào năm 2030.", "=", "bằng", 100, "percent", 2030)]
    [TestCase("Số giờ làm việc nhà không được trả công của phụ nữ còn 20 giờ/tuần năm 2030.", "<=", "còn", 20, "hours", 2030)]
    [TestCase("Tỷ lệ mắc mới còn 10/100.000 dân năm 2030.", "<=", "còn", 10, "per_100k", 2030)]
    public void ComparatorPhrase_BeforeTheValue_GivesItsComparator(string sentence, string comparator, string phrase, double value, string unit, int year)
    {
        var draft = TargetExtraction.Extract(sentence, dictionary).Drafts.Single();

        Assert.Multiple(() =>
        {
            Assert.That(draft.Comparator?.Comparator, Is.EqualTo(comparator));
            Assert.That(draft.Comparator?.Source, Is.EqualTo(DraftSources.Phrase));
            Assert.That(draft.Comparator?.Phrase?.ToLowerInvariant(), Is.EqualTo(phrase));
            Assert.That(sentence.Substring(draft.Comparator!.Span!.Value.Start, draft.Comparator.Span.Value.Length), Is.EqualTo(draft.Comparator.Phrase));
            Assert.That(draft.Value.Number, Is.EqualTo(value));
            Assert.That(draft.Unit?.Code, Is.EqualTo(unit));
            Assert.That(draft.Year?.Year, Is.EqualTo(year));
            Assert.That(draft.Year?.Source, Is.EqualTo(DraftSources.Sentence));
        });
    }

    /// <summary>The same words where they are not the comparator: not next to the value, or meaning something else.</summary>
    [TestCase("Trên địa bàn tỉnh, 80% người dân ở khu dân cư được truyền thông về bình đẳng giới đến năm 2030.", ">=", DraftSources.Direction, 80)]
    [TestCase("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống 10% vào năm 2030.", "<=", DraftSources.Phrase, 10)]
    [TestCase("Ở những nơi còn khó khăn, tỷ lệ nữ giám đốc doanh nghiệp đạt 20% năm 2030.", ">=", DraftSources.Phrase, 20)]
    [TestCase("Đạt được mục tiêu đề ra, tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp dưới 20% năm 2030.", "<", DraftSources.Phrase, 20)]
    [TestCase("Không quá chú trọng số lượng, tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 45% năm 2030.", ">=", DraftSources.Phrase, 45)]
    [TestCase("Tỷ lệ người bị bạo lực gia đình được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản đạt 90% năm 2030.", ">=", DraftSources.Phrase, 90)]
    public void TheSameWords_AwayFromTheValue_AreNotItsComparator(string sentence, string comparator, string source, double value)
    {
        var draft = TargetExtraction.Extract(sentence, dictionary).Drafts.Single();

        Assert.Multiple(() =>
        {
            Assert.That(draft.Value.Number, Is.EqualTo(value));
            Assert.That(draft.Comparator?.Comparator, Is.EqualTo(comparator));
            Assert.That(draft.Comparator?.Source, Is.EqualTo(source));
        });
    }

    [TestCase("Tỷ số giới tính khi sinh ở mức 109 bé trai/100 bé gái năm 2030.", "<=", "SRB")]
    [TestCase("Tỷ lệ lao động nữ làm công hưởng lương ở mức 55% năm 2030.", ">=", "WAGE_WORKERS_F")]
    public void AtTheLevel_FollowsTheIndicatorsDirection(string sentence, string comparator, string indicator)
    {
        var draft = TargetExtraction.Extract(sentence, dictionary).Drafts.Single();

        Assert.That((draft.Comparator?.Comparator, draft.Comparator?.Source, draft.Comparator?.Phrase, draft.Indicator?.Code),
            Is.EqualTo((comparator, DraftSources.Direction, "ở mức", indicator)));
    }

    [Test]
    public void AtTheLevel_WithNoIndicator_IsEqual_AndSaysTheIndicatorIsMissing()
    {
        var draft = TargetExtraction.Extract("Chỉ số hài lòng của người dân ở mức 80% năm 2030.", dictionary).Drafts.Single();

        Assert.That(draft.Comparator?.Comparator, Is.EqualTo("="));
        Assert.That(draft.Indicator, Is.Null);
        Assert.That(draft.Missing.Select(m => m.Part), Is.EqualTo(new[] { DraftParts.Indicator }));
    }

    [Test]
    public void ABareFigure_WithNoIndicator_HasNoComparator_AndSaysWhy()
    {
        var draft = TargetExtraction.Extract("Phấn đấu 90% hộ gia đình có nhà vệ sinh hợp vệ sinh năm 2030.", dictionary).Drafts.Single();

        Assert.That(draft.Comparator, Is.Null);
        Assert.That(draft.Missing.Select(m => m.Part), Is.EquivalentTo(new[] { DraftParts.Comparator, DraftParts.Indicator }));
        Assert.That(draft.Missing.Single(m => m.Part == DraftParts.Comparator).Reason, Does.Contain("No comparator phrase"));
    }

    [TestCase("Tỷ lệ lao động nữ làm công hưởng lương đạt 55% vào năm 2027 và 60% vào năm 2030.")]
    [TestCase("Đến năm 2027 tỷ lệ lao động nữ làm công hưởng lương đạt 55%, đến năm 2030 đạt 60%.")]
    [TestCase("Đến năm 2027, tỷ lệ lao động nữ làm công hưởng lương đạt 55%; đến năm 2030 đạt 60%.")]
    public void TwoYears_InOneSentence_GiveTwoTargets(string sentence)
    {
        var drafts = TargetExtraction.Extract(sentence, dictionary).Drafts;

        Assert.That(drafts.Select(d => (d.Comparator?.Comparator, d.Value.Number, d.Unit?.Code, d.Year?.Year, d.Indicator?.Code)), Is.EqualTo(new[]
        {
            (">=", 55.0, "percent", 2027, "WAGE_WORKERS_F"), (">=", 60.0, "percent", 2030, "WAGE_WORKERS_F"),
        }));
    }

    [Test]
    public void ALaterValue_TakesTheUnitAndComparatorBeforeIt_AndSaysSo()
    {
        var drafts = TargetExtraction.Extract("Tỷ số giới tính khi sinh ở mức 111 bé trai/100 bé gái sinh ra sống vào năm 2025 và 109 vào năm 2030", dictionary).Drafts;

        Assert.That(drafts[1].Value.Number, Is.EqualTo(109));
        Assert.That((drafts[1].Unit?.Code, drafts[1].Unit?.Source), Is.EqualTo(("boys_per_100_girls", DraftSources.Carried)));
        Assert.That((drafts[1].Comparator?.Comparator, drafts[1].Comparator?.Source), Is.EqualTo(("<=", DraftSources.Carried)));
    }

    [TestCase("Nâng cao nhận thức về bình đẳng giới cho cán bộ, công chức.", "no-number")]
    [TestCase("Thực hiện Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ.", "no-target-number")]
    [TestCase("Đánh giá kết quả thực hiện sau 10 năm triển khai thi hành Luật Bình đẳng giới.", "no-target-number")]
    [TestCase("1. Dự án truyền thông nâng cao nhận thức, thay đổi hành vi về bình đẳng giới (Dự án 1)", "heading")]
    public void ASentenceWithNoTargetValue_GivesNoTarget_AndSaysWhy(string sentence, string reason)
    {
        var result = TargetExtraction.Extract(sentence, dictionary, 2030);

        Assert.That(result.Drafts, Is.Empty);
        Assert.That(result.Skipped.Select(s => s.Reason), Is.EqualTo(new[] { reason }));
        Assert.That(result.Skipped[0].Detail, Is.Not.Empty);
    }

    [Test]
    public void AChange_IsNotALevel_SoTheComparatorIsMissing_WithTheReason()
    {
        var draft = TargetExtraction.Extract("Giảm 10% số vụ bạo lực gia đình so với năm 2025.", dictionary).Drafts.Single();

        Assert.That(draft.Comparator, Is.Null);
        Assert.That(draft.Missing.Single(m => m.Part == DraftParts.Comparator).Reason, Does.Contain("is a change, not a level"));
        Assert.That(draft.Year, Is.Null, "'so với năm 2025' is the year compared with, not the target's");
    }

    [Test]
    public void NoYearAnywhere_IsMissing_WithTheReason_AndTheRequestsYearFillsIt()
    {
        const string sentence = "Tỷ lệ nữ giám đốc doanh nghiệp đạt 30%.";

        var without = TargetExtraction.Extract(sentence, dictionary).Drafts.Single();
        var with = TargetExtraction.Extract(sentence, dictionary, 2030).Drafts.Single();

        Assert.That(without.Year, Is.Null);
        Assert.That(without.Missing.Single().Part, Is.EqualTo(DraftParts.Year));
        Assert.That((with.Year?.Year, with.Year?.Source, with.Missing.Count), Is.EqualTo((2030, DraftSources.Request, 0)));
    }

    [Test]
    public void AHeadingsYear_IsTheYearOfTheTargetsBelowIt()
    {
        var drafts = TargetExtraction.Extract("2. Mục tiêu cụ thể phấn đấu đến năm 2030\na) Mục tiêu 1: Trong lĩnh vực y tế\n- Chỉ tiêu 1: Tỷ số giới tính khi sinh ở mức 109 bé trai/100 bé gái sinh ra sống.", dictionary, 2029).Drafts;

        var draft = drafts.Single();
        Assert.Multiple(() =>
        {
            Assert.That((draft.Year?.Year, draft.Year?.Source, draft.Year?.Text), Is.EqualTo((2030, DraftSources.Heading, "đến năm 2030")));
            Assert.That(draft.Label, Is.EqualTo("Chỉ tiêu 1"));
            Assert.That(draft.Objective, Is.EqualTo("Mục tiêu 1: Trong lĩnh vực y tế"));
        });
    }

    [Test]
    public void AStartingValue_IsNoTarget_AndTheDraftSaysSo()
    {
        var draft = TargetExtraction.Extract("Giảm tỷ lệ lao động nữ làm việc trong khu vực nông nghiệp từ 35% năm 2025 xuống 25% năm 2030.", dictionary).Drafts.Single();

        Assert.That((draft.Comparator?.Comparator, draft.Value.Number, draft.Year?.Year), Is.EqualTo(("<=", 25.0, 2030)));
        Assert.That(draft.Notes, Has.Some.Contains("starting value"));
    }

    [Test]
    public void AnApproximateValue_IsReadThrough_AndNoted()
    {
        var draft = TargetExtraction.Extract("Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới đạt khoảng 90% năm 2030.", dictionary).Drafts.Single();

        Assert.That((draft.Comparator?.Comparator, draft.Value.Number), Is.EqualTo((">=", 90.0)));
        Assert.That(draft.Notes, Has.Some.Contains("approximate ('khoảng')"));
    }

    [Test]
    public void ACount_BesideAPercentage_IsPartOfWhatIsMeasured()
    {
        var draft = TargetExtraction.Extract("Đạt 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở", dictionary, 2025).Drafts.Single();

        Assert.That((draft.Value.Number, draft.Unit?.Code, draft.Indicator?.Code), Is.EqualTo((100.0, "percent", "COMMUNES_GE_NEWS")));
        Assert.That(draft.Notes, Has.Some.Contains("'04 tin' is read as part of what is measured"));
    }

    [Test]
    public void EveryPart_PointsAtTheWordsItCameFrom()
    {
        const string text = "- Chỉ tiêu 1: Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,7 lần so với nam giới.";

        var draft = TargetExtraction.Extract(text, dictionary, 2025).Drafts.Single();

        string At(TextSpan span) => text.Substring(span.Start, span.Length);
        Assert.Multiple(() =>
        {
            Assert.That((draft.Value.Number, At(draft.Value.Span)), Is.EqualTo((1.7, "1,7")));
            Assert.That(At(draft.Comparator!.Span!.Value), Is.EqualTo("còn"));
            Assert.That((draft.Unit?.Code, At(draft.Unit!.Span!.Value)), Is.EqualTo(("ratio", "lần")));
            Assert.That(At(draft.Span), Does.StartWith("Giảm số giờ").And.EndWith("so với nam giới"));
            Assert.That(draft.Indicator?.Code, Is.EqualTo("UNPAID_CARE_RATIO"));
            Assert.That(draft.Indicator!.Matched.Select(m => At(m.Span)), Is.EqualTo(draft.Indicator.Matched.Select(m => m.Text)));
            Assert.That(draft.Indicator.Matched.Select(m => m.Text), Has.Some.Contains("không được trả công"));
            Assert.That(draft.Indicator.Confidence, Is.EqualTo(SuggestionConfidences.High));
        });
    }

    [Test]
    public void ATextWithMoreTargetsThanTheLimit_DraftsTheFirst_AndListsTheRestAsSkipped()
    {
        var text = string.Join('\n', Enumerable.Range(1, TargetExtraction.MaxDrafts + 50).Select(i => $"- Chỉ tiêu {i}: Tỷ lệ nữ thạc sĩ đạt {i % 100}% năm 2030."));

        var result = TargetExtraction.Extract(text, dictionary);

        Assert.That(result.Drafts, Has.Count.EqualTo(TargetExtraction.MaxDrafts));
        var rest = result.Skipped.Single();
        Assert.That(rest.Reason, Is.EqualTo(SkipReasons.TooMany));
        Assert.That(rest.Span.End, Is.EqualTo(text.Length));
        Assert.That(text[rest.Span.Start..], Does.StartWith($"{(TargetExtraction.MaxDrafts + 1) % 100}% năm 2030"));
    }

    [Test]
    public void TextInDecomposedUnicode_ReadsAsComposed_WithSpansInTheTextAsSent()
    {
        const string sentence = "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50% vào năm 2030.";
        var sent = sentence.Normalize(NormalizationForm.FormD);

        var composed = TargetExtraction.Extract(sentence, dictionary).Drafts.Single();
        var decomposed = TargetExtraction.Extract(sent, dictionary).Drafts.Single();

        Assert.That((decomposed.Comparator?.Comparator, decomposed.Comparator?.Phrase, decomposed.Value.Number, decomposed.Indicator?.Code),
            Is.EqualTo((composed.Comparator?.Comparator, composed.Comparator?.Phrase, composed.Value.Number, composed.Indicator?.Code)));
        var phrase = decomposed.Comparator!.Span!.Value;
        Assert.That(sent.Substring(phrase.Start, phrase.Length), Is.EqualTo("không dưới".Normalize(NormalizationForm.FormD)));
        Assert.That(sent.Substring(decomposed.Span.Start, decomposed.Span.Length).Normalize(NormalizationForm.FormC), Is.EqualTo(decomposed.Text));
    }

    private (int Targets, int Drafts, int Correct, int Indicators) ScoreRows(string file) =>
        ReferenceCsv.Read(file)
            .GroupBy(row => (Plan: row["plan"], Text: row["target_vi"]))
            .Select(g => Score(TargetExtraction.Extract(g.Key.Text, dictionary, PlanEndYear(g.Key.Plan)), [.. g]))
            .Aggregate((0, 0, 0, 0), Add);

    /// <summary>A seed plan's section from <paramref name="from"/> to <paramref name="to"/>, pasted whole, against the plan's
    /// rows of <c>plan-targets.csv</c>.</summary>
    private (int Targets, int Drafts, int Correct, int Indicators) ScoreSection(string seed, string from, string to, string plan, int? year)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "seeds", seed));
        var section = text[text.IndexOf(from, StringComparison.Ordinal)..text.IndexOf(to, StringComparison.Ordinal)];
        var rows = ReferenceCsv.Read("plan-targets.csv").Where(r => r["plan"] == plan).ToList();
        return Score(TargetExtraction.Extract(section, dictionary, year), rows);
    }

    /// <summary>Targets, drafts, drafts whose comparator, value, unit and year are a target's (each target matched once),
    /// and how many of those suggest the target's seeded indicator.</summary>
    private (int Targets, int Drafts, int Correct, int Indicators) Score(TargetExtractionResult result, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        var unmatched = rows.ToList();
        var (correct, indicators) = (0, 0);
        foreach (var draft in result.Drafts)
        {
            var row = unmatched.FirstOrDefault(r => Reads(draft, r) && draft.Indicator?.Code == seededIndicators[Key(r)])
                      ?? unmatched.FirstOrDefault(r => Reads(draft, r));
            if (row is null)
            {
                continue;
            }

            unmatched.Remove(row);
            correct++;
            indicators += draft.Indicator?.Code == seededIndicators[Key(row)] ? 1 : 0;
        }

        return (rows.Count, result.Drafts.Count, correct, indicators);
    }

    private static (int, int, int, int) Add((int, int, int, int) a, (int, int, int, int) b) =>
        (a.Item1 + b.Item1, a.Item2 + b.Item2, a.Item3 + b.Item3, a.Item4 + b.Item4);

    private static bool Reads(TargetDraft draft, IReadOnlyDictionary<string, string> row) =>
        draft.Comparator?.Comparator == row["comparator"]
        && draft.Value.Number == double.Parse(row["target"], CultureInfo.InvariantCulture)
        && draft.Unit?.Code == Units[row["unit"]]
        && draft.Year?.Year == int.Parse(row["target_year"], CultureInfo.InvariantCulture);

    private static string Key(IReadOnlyDictionary<string, string> row) => $"{row["plan"]} {row["objective"]}.{row["indicator"]} ({row["target_year"]})";

    /// <summary>The plan's end year, the year a caller sends for targets whose text names none: NB-2021-2025 → 2025.</summary>
    private static int PlanEndYear(string plan) => int.Parse(plan[^4..], CultureInfo.InvariantCulture);

    private static string Figure(string texts, (int Targets, int Drafts, int Correct, int Indicators) s) =>
        $"| {texts} | {s.Targets} | {s.Drafts} | {s.Correct} | {Percent(s.Correct, s.Drafts)} | {Percent(s.Correct, s.Targets)} | {s.Indicators} |";

    private static string Percent(int part, int whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString(part == whole ? "0" : "0.0", CultureInfo.InvariantCulture) + "%";

    private static string Describe(TargetExtractionResult result) =>
        string.Join("; ", result.Drafts.Select(d => $"{d.Comparator?.Comparator} {d.Value.Number} {d.Unit?.Code} {d.Year?.Year} {d.Indicator?.Code}"))
        + " | skipped: " + string.Join("; ", result.Skipped.Select(s => s.Detail));
}
