using EqualityTracker.Api.Domain;
using NodaTime;

namespace EqualityTracker.Tests.Domain;

public sealed class UploadValidationTests
{
    private static readonly Measure LiveBirths = new("LIVE_BIRTHS", "raw", "count", ["F", "M", "_T"], "sum", true, null, null);
    private static readonly Measure MaternalDeaths = new("MATERNAL_DEATHS", "raw", "count", ["_T"], "sum", true, null, null);
    private static readonly Measure Reach = new("GE_KNOWLEDGE_REACH", "indicator", "percent", ["F", "M", "_T"], "none", false, null, null);
    private static readonly Measure CareHours = new("UNPAID_CARE_HOURS", "raw", "hours_per_week", ["F", "M"], "none", false, 0, 100);
    private static readonly Measure Curriculum = new("GENDER_CURRICULUM", "indicator", "yes_no", ["_T"], "none", true, 0, 1);

    private static readonly Dictionary<string, Measure> Measures =
        new[] { LiveBirths, MaternalDeaths, Reach, CareHours, Curriculum }.ToDictionary(m => m.Code);

    private static readonly HashSet<string> Areas = ["37", "369", "370"];

    private static UploadRowValidator Validator(bool decimalComma = false) => new(Measures, Areas, new LocalDate(2026, 6, 15), decimalComma);

    private static UploadRow Row(string code = "LIVE_BIRTHS", string area = "369", string period = "2025", string sex = "F", string value = "1200", string? note = null) =>
        new(7, code, area, period, sex, value, note);

    private static List<RowIssue> Issues(UploadRow row, bool decimalComma = false)
    {
        var issues = new List<RowIssue>();
        Validator(decimalComma).Validate(row, issues);
        return issues;
    }

    [Test]
    public void Validate_AGoodRow_ReturnsItParsed()
    {
        var issues = new List<RowIssue>();

        var valid = Validator().Validate(Row(value: "1200", note: " census "), issues);

        Assert.That(issues, Is.Empty);
        Assert.That(valid, Is.Not.Null);
        Assert.That((valid!.Measure.Code, valid.Area, valid.Period.Id, valid.Sex, valid.Value, valid.Note),
            Is.EqualTo(("LIVE_BIRTHS", "369", "2025", "F", 1200d, "census")));
    }

    [TestCase("NOT_A_CODE", "369", "2025", "F", "1", "code", "unknown-code", "không phải", "is not a known")]
    [TestCase("LIVE_BIRTHS", "99999", "2025", "F", "1", "area", "unknown-area", "Không có địa bàn", "No area")]
    [TestCase("LIVE_BIRTHS", "369", "2025X", "F", "1", "period", "malformed-period", "không đúng dạng", "is not of the form")]
    [TestCase("LIVE_BIRTHS", "369", "2026S2", "F", "1", "period", "future-period", "chưa bắt đầu", "has not started")]
    [TestCase("LIVE_BIRTHS", "369", "2025", "X", "1", "sex", "malformed-sex", "phải là F, M hoặc _T", "must be F, M or _T")]
    [TestCase("MATERNAL_DEATHS", "369", "2025", "F", "1", "sex", "sex-not-allowed", "chỉ nhận giới tính _T", "accepts only sex _T")]
    [TestCase("LIVE_BIRTHS", "369", "2025", "F", "nhiều", "value", "not-a-number", "không phải là số", "is not a number")]
    [TestCase("LIVE_BIRTHS", "369", "2025", "F", "-5", "value", "negative-count", "không thể âm", "cannot be negative")]
    [TestCase("LIVE_BIRTHS", "369", "2025", "F", "12.5", "value", "not-whole", "số nguyên", "whole number")]
    [TestCase("GE_KNOWLEDGE_REACH", "37", "2025", "_T", "104", "value", "percent-out-of-range", "từ 0 đến 100", "between 0 and 100")]
    [TestCase("UNPAID_CARE_HOURS", "37", "2025", "F", "-1", "value", "negative-value", "không thể âm", "cannot be negative")]
    [TestCase("GENDER_CURRICULUM", "37", "2025", "_T", "2", "value", "not-yes-no", "1 (có) hoặc 0 (không)", "1 (yes) or 0 (no)")]
    public void Validate_ABadCell_NamesRowColumnValueInBothLanguages(
        string code, string area, string period, string sex, string value, string column, string rule, string vi, string en)
    {
        var issues = Issues(Row(code, area, period, sex, value));

        Assert.That(issues, Has.Count.EqualTo(1));
        var issue = issues[0];
        Assert.That((issue.Row, issue.Column, issue.Rule), Is.EqualTo((7, column, rule)));
        Assert.That(issue.Value, Is.EqualTo(column switch { "code" => code, "area" => area, "period" => period, "sex" => sex, _ => value }));
        Assert.That(issue.MessageVi, Does.Contain(vi));
        Assert.That(issue.MessageEn, Does.Contain(en));
    }

    [Test]
    public void Validate_SeveralBadCells_ReportsEachOne()
    {
        var issues = Issues(Row("NOPE", "1", "x", "y", "z"));

        Assert.That(issues.Select(i => i.Column), Is.EqualTo(new[] { "code", "area", "period", "sex", "value" }));
    }

    [Test]
    public void Validate_DecimalComma_IsReadWhenTheFileUsesSemicolons()
    {
        Assert.That(Issues(Row("GE_KNOWLEDGE_REACH", "37", "2025", "_T", "55,5"), decimalComma: true), Is.Empty);
        Assert.That(Issues(Row("GE_KNOWLEDGE_REACH", "37", "2025", "_T", "55,5"), decimalComma: false).Single().Rule, Is.EqualTo("not-a-number"));
    }

    [Test]
    public void Consistency_SameKeyTwice_PointsAtTheFirstRow()
    {
        var check = new UploadConsistency([LiveBirths], Areas, []);
        var first = Validator().Validate(Row() with { Row = 2 }, [])!;
        var again = Validator().Validate(Row() with { Row = 9 }, [])!;

        Assert.That(check.Add(first), Is.Null);
        Assert.That(check.Add(again), Is.EqualTo(2));
    }

    [Test]
    public void Consistency_ACountForOneSexAboveItsTotal_IsAnError()
    {
        var check = new UploadConsistency([LiveBirths], Areas, []);
        check.Add(Validator().Validate(Row(sex: "F", value: "700") with { Row = 2 }, [])!);
        check.Add(Validator().Validate(Row(sex: "M", value: "500") with { Row = 3 }, [])!);
        check.Add(Validator().Validate(Row(sex: "_T", value: "600") with { Row = 4 }, [])!);

        var issue = check.PartsAboveWholes().Single();

        Assert.That((issue.Row, issue.Rule, issue.Value), Is.EqualTo((2, "part-above-total", "700")));
        Assert.That(issue.MessageEn, Does.Contain("row 4"));
    }

    [Test]
    public void Consistency_ARateForOneSexAboveTheTotalRate_IsFine()
    {
        var check = new UploadConsistency([Reach], Areas, []);
        check.Add(Validator().Validate(Row("GE_KNOWLEDGE_REACH", "37", "2025", "F", "70"), [])!);
        check.Add(Validator().Validate(Row("GE_KNOWLEDGE_REACH", "37", "2025", "_T", "60") with { Row = 8 }, [])!);

        Assert.That(check.PartsAboveWholes(), Is.Empty);
    }

    [Test]
    public void Consistency_ABoundedNumeratorAboveItsDenominator_IsAnError()
    {
        var mmr = new Formula("MMR", 100_000, "MATERNAL_DEATHS", "_T", "LIVE_BIRTHS", "_T", NumeratorBounded: true);
        var srb = new Formula("SRB", 100, "LIVE_BIRTHS", "M", "LIVE_BIRTHS", "F", NumeratorBounded: false);
        var check = new UploadConsistency([LiveBirths, MaternalDeaths], Areas, [mmr, srb]);
        check.Add(Validator().Validate(Row("MATERNAL_DEATHS", sex: "_T", value: "30") with { Row = 2 }, [])!);
        check.Add(Validator().Validate(Row("LIVE_BIRTHS", sex: "_T", value: "20") with { Row = 3 }, [])!);
        check.Add(Validator().Validate(Row("LIVE_BIRTHS", sex: "M", value: "12") with { Row = 4 }, [])!);
        check.Add(Validator().Validate(Row("LIVE_BIRTHS", sex: "F", value: "8") with { Row = 5 }, [])!);

        var issue = check.PartsAboveWholes().Single();

        Assert.That((issue.Row, issue.Rule), Is.EqualTo((2, "numerator-above-denominator")), "more boys than girls is no error: SRB is not bounded");
        Assert.That(issue.MessageVi, Does.Contain("không thể xảy ra"));
    }

    [Test]
    public void Outliers_AValueOutsideThePlausibleRange_IsFlagged()
    {
        var row = Validator().Validate(Row("UNPAID_CARE_HOURS", "37", "2025", "F", "140"), [])!;

        Assert.That(Outliers.OutsideRange(row)?.Rule, Is.EqualTo("outside-plausible-range"));
    }

    [Test]
    public void Outliers_ZScore_LeavesTheValueOutOfItsOwnSeries()
    {
        double[] others = [100, 102, 98, 101, 99];

        Assert.That(Outliers.ZScore(100, others), Is.EqualTo(0).Within(1e-9));
        Assert.That(Outliers.ZScore(115, others)!.Value, Is.EqualTo(15 / Math.Sqrt(2.5)).Within(1e-9));
        Assert.That(Outliers.FarFromSeries(3, "LIVE_BIRTHS", 115, others)?.Rule, Is.EqualTo("outlier"));
        Assert.That(Outliers.FarFromSeries(3, "LIVE_BIRTHS", 103, others), Is.Null);
        Assert.That(Outliers.ZScore(500, [1, 2]), Is.Null, "fewer than three other values tell nothing");
        Assert.That(Outliers.ZScore(500, [5, 5, 5]), Is.Null, "no spread, no z-score");
    }
}
