using System.Globalization;
using System.Text.RegularExpressions;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Shapes;

namespace EqualityTracker.Api.Domain;

/// <summary>What the catalogue holds that a plan's content refers to.</summary>
public sealed record PlanFacts(
    string Code,
    IReadOnlySet<string> Indicators,
    IReadOnlyDictionary<string, IReadOnlyList<string>> MeasureSexes,
    IReadOnlySet<string> Agencies,
    IReadOnlySet<string> Domains,
    IReadOnlySet<string> Units,
    IReadOnlySet<string> AreaBodies,
    IReadOnlySet<string> Plans);

/// <summary>The rules a plan's content keeps: a draft may be incomplete but never wrong; an issued plan is also complete.</summary>
public static partial class PlanDraftRules
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;
    public const int MaxPeriodYears = 20;

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,59}$")]
    private static partial Regex IndicatorCode();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex PlanCode();

    /// <summary>True when <paramref name="code"/> can name a plan (letters, digits, '.', '_', '-'; at most 40).</summary>
    public static bool IsPlanCode(string? code) => code is not null && PlanCode().IsMatch(code);

    /// <summary>Every rule the content breaks, each with the field to blame (<c>targets[2].year</c>).</summary>
    /// <param name="c">The content.</param>
    /// <param name="facts">What the catalogue holds.</param>
    /// <param name="issuing">True when the plan is being issued: it must then also be complete.</param>
    public static IReadOnlyList<ProblemError> Check(PlanContent c, PlanFacts facts, bool issuing)
    {
        var errors = new List<ProblemError>();
        void Add(string name, string vi, string en) => errors.Add(new ProblemError(name, Problems.Bilingual(vi, en)));
        void Text(string name, string? value, int max, bool required = true)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                Add(name, "Cần nhập.", "Required.");
            }
            else if (value is not null && value.Length > max)
            {
                Add(name, $"Dài quá {max} ký tự.", $"Longer than {max} characters.");
            }
        }

        bool InPeriod(int year) => year >= c.StartYear && year <= c.EndYear;

        Text("titleVi", c.TitleVi, 400);
        Text("titleEn", c.TitleEn, 400);
        Text("legalBasisVi", c.LegalBasisVi, 2000, required: issuing);
        Text("legalBasisEn", c.LegalBasisEn, 2000, required: false);
        if (!PlanKinds.All.Contains(c.Kind))
        {
            Add("kind", $"Loại kế hoạch phải là một trong: {string.Join(", ", PlanKinds.All)}.", $"kind must be one of: {string.Join(", ", PlanKinds.All)}.");
        }

        if (c.StartYear < MinYear || c.StartYear > MaxYear)
        {
            Add("startYear", $"Năm bắt đầu phải trong khoảng {MinYear}–{MaxYear}.", $"startYear must be within {MinYear}–{MaxYear}.");
        }

        if (c.EndYear < c.StartYear || c.EndYear - c.StartYear >= MaxPeriodYears)
        {
            Add("endYear", $"Năm kết thúc phải từ năm bắt đầu đến {MaxPeriodYears} năm sau.", $"endYear must be from startYear to {MaxPeriodYears} years on.");
        }

        if (c.Implements is { } implements && (implements == facts.Code || !facts.Plans.Contains(implements)))
        {
            Add("implements", $"Không có kế hoạch mã '{implements}' để thực hiện.", $"No plan '{implements}' to implement.");
        }

        var objectives = new HashSet<int>();
        for (var i = 0; i < c.Objectives.Count; i++)
        {
            var o = c.Objectives[i];
            var at = $"objectives[{i}]";
            if (o.Number < 1 || !objectives.Add(o.Number))
            {
                Add($"{at}.number", "Số mục tiêu phải là số dương, không trùng.", "An objective's number must be positive and unique.");
            }

            if (!facts.Domains.Contains(o.Domain))
            {
                Add($"{at}.domain", $"Không có lĩnh vực '{o.Domain}'.", $"No domain '{o.Domain}'.");
            }

            Text($"{at}.titleVi", o.TitleVi, 400);
            Text($"{at}.titleEn", o.TitleEn, 400, required: false);
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.NewIndicators.Count; i++)
        {
            var n = c.NewIndicators[i];
            var at = $"newIndicators[{i}]";
            if (!IndicatorCode().IsMatch(n.Code ?? ""))
            {
                Add($"{at}.code", "Mã chỉ số: chữ in hoa, số và '_', 2–60 ký tự, bắt đầu bằng chữ.", "An indicator code is 2–60 capitals, digits and '_', starting with a letter.");
            }
            else if (facts.Indicators.Contains(n.Code!) || facts.MeasureSexes.ContainsKey(n.Code!) || !defined.Add(n.Code!))
            {
                Add($"{at}.code", $"Mã chỉ số '{n.Code}' đã có: chọn chỉ số đó hoặc đặt mã khác.", $"Indicator '{n.Code}' exists: choose it, or use another code.");
            }

            Text($"{at}.nameVi", n.NameVi, 1000);
            Text($"{at}.nameEn", n.NameEn, 1000, required: false);
            if (!facts.Domains.Contains(n.Domain))
            {
                Add($"{at}.domain", $"Không có lĩnh vực '{n.Domain}'.", $"No domain '{n.Domain}'.");
            }

            if (!facts.Units.Contains(n.Unit))
            {
                Add($"{at}.unit", $"Không có đơn vị '{n.Unit}'.", $"No unit '{n.Unit}'.");
            }

            if (!Directions.All.Contains(n.Direction))
            {
                Add($"{at}.direction", "Chiều phải là 'higher' hoặc 'lower'.", "direction must be 'higher' or 'lower'.");
            }

            if (n.Decimals is < 0 or > 4)
            {
                Add($"{at}.decimals", "Số chữ số thập phân từ 0 đến 4.", "decimals must be 0 to 4.");
            }

            if (n.Formula is { } f)
            {
                Measure($"{at}.formula.numerator", f.Numerator, f.NumeratorSex);
                Measure($"{at}.formula.denominator", f.Denominator, f.DenominatorSex);
                if (!(f.Factor > 0) || double.IsInfinity(f.Factor))
                {
                    Add($"{at}.formula.factor", "Hệ số phải lớn hơn 0.", "factor must be above 0.");
                }
            }
        }

        void Measure(string name, string code, string sex)
        {
            if (!facts.MeasureSexes.TryGetValue(code ?? "", out var sexes))
            {
                Add(name, $"Không có đại lượng '{code}'.", $"No measure '{code}'.");
            }
            else if (!sexes.Contains(sex))
            {
                Add($"{name}Sex", $"Đại lượng '{code}' không có giới tính '{sex}' (có: {string.Join(", ", sexes)}).", $"Measure '{code}' has no sex '{sex}' (it has: {string.Join(", ", sexes)}).");
            }
        }

        void Agencies(string name, IEnumerable<string?> codes)
        {
            foreach (var code in codes.Where(code => code is not null && !facts.Agencies.Contains(code)))
            {
                Add(name, $"Không có cơ quan '{code}'.", $"No agency '{code}'.");
            }
        }

        var targets = new HashSet<(int, string, int)>();
        for (var i = 0; i < c.Targets.Count; i++)
        {
            var t = c.Targets[i];
            var at = $"targets[{i}]";
            if (!objectives.Contains(t.Objective))
            {
                Add($"{at}.objective", $"Kế hoạch không có mục tiêu {t.Objective}.", $"The plan has no objective {t.Objective}.");
            }

            Text($"{at}.number", t.Number, 10);
            if (!facts.Indicators.Contains(t.Indicator) && !defined.Contains(t.Indicator))
            {
                Add($"{at}.indicator", $"Không có chỉ số '{t.Indicator}': chọn một chỉ số hoặc định nghĩa chỉ số mới.", $"No indicator '{t.Indicator}': choose one, or define a new one.");
            }

            if (!Comparators.All.Contains(t.Comparator))
            {
                Add($"{at}.comparator", $"Phép so sánh phải là một trong: {string.Join(" ", Comparators.All)}.", $"comparator must be one of: {string.Join(" ", Comparators.All)}.");
            }

            if (double.IsNaN(t.Value) || double.IsInfinity(t.Value))
            {
                Add($"{at}.value", "Giá trị không hợp lệ.", "Not a number.");
            }

            if (!InPeriod(t.Year))
            {
                Add($"{at}.year", $"Năm {t.Year} nằm ngoài giai đoạn {c.StartYear}–{c.EndYear}.", $"Year {t.Year} is outside the period {c.StartYear}–{c.EndYear}.");
            }

            if (!targets.Add((t.Objective, t.Number ?? "", t.Year)))
            {
                Add($"{at}.number", $"Chỉ tiêu {t.Number} năm {t.Year} đã có trong mục tiêu {t.Objective}.", $"Target {t.Number} for {t.Year} is already under objective {t.Objective}.");
            }

            if (t.BaselineYear is { } baseline && baseline > t.Year)
            {
                Add($"{at}.baselineYear", "Năm cơ sở không được sau năm của chỉ tiêu.", "The baseline year cannot be after the target's year.");
            }

            if (t.BaselineYear is null != t.BaselineValue is null)
            {
                Add($"{at}.baselineValue", "Năm cơ sở và giá trị cơ sở đi cùng nhau.", "A baseline needs both its year and its value.");
            }

            if (t.Confidence is not null and not ("high" or "medium" or "low"))
            {
                Add($"{at}.confidence", "Độ tin cậy: high, medium hoặc low.", "confidence is high, medium or low.");
            }

            Text($"{at}.textVi", t.TextVi, 1000, required: false);
            Text($"{at}.textEn", t.TextEn, 1000, required: false);
            Agencies($"{at}.lead", t.Lead);
            Agencies($"{at}.coordinating", t.Coordinating);
        }

        var bodies = new HashSet<string>(facts.AreaBodies, StringComparer.Ordinal);
        var ownBodies = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Bodies.Count; i++)
        {
            var b = c.Bodies[i];
            var at = $"bodies[{i}]";
            if (string.IsNullOrWhiteSpace(b.Code) || b.Code.Length > 40 || !ownBodies.Add(b.Code))
            {
                Add($"{at}.code", "Mã cơ quan, đơn vị: bắt buộc, không trùng, tối đa 40 ký tự.", "A body's code is required, unique, at most 40 characters.");
            }

            bodies.Add(b.Code ?? "");
            if (!BodyKinds.All.Contains(b.Kind))
            {
                Add($"{at}.kind", $"Loại đơn vị phải là một trong: {string.Join(", ", BodyKinds.All)}.", $"kind must be one of: {string.Join(", ", BodyKinds.All)}.");
            }

            Text($"{at}.nameVi", b.NameVi, 300);
            Text($"{at}.nameEn", b.NameEn, 300, required: false);
            Agencies($"{at}.agency", [b.Agency]);
        }

        var activities = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Activities.Count; i++)
        {
            var a = c.Activities[i];
            var at = $"activities[{i}]";
            Text($"{at}.number", a.Number, 40);
            if (!string.IsNullOrWhiteSpace(a.Number) && !activities.Add(a.Number))
            {
                Add($"{at}.number", $"Hoạt động số {a.Number} đã có.", $"Activity {a.Number} is already in the plan.");
            }

            if (!facts.Domains.Contains(a.Domain))
            {
                Add($"{at}.domain", $"Không có lĩnh vực '{a.Domain}'.", $"No domain '{a.Domain}'.");
            }

            if (a.Objective is { } objective && !objectives.Contains(objective))
            {
                Add($"{at}.objective", $"Kế hoạch không có mục tiêu {objective}.", $"The plan has no objective {objective}.");
            }

            Text($"{at}.textVi", a.TextVi, 4000);
            Text($"{at}.textEn", a.TextEn, 4000, required: false);
            if (!ActivityTimings.All.Contains(a.Timing))
            {
                Add($"{at}.timing", $"Thời gian phải là một trong: {string.Join(", ", ActivityTimings.All)}.", $"timing must be one of: {string.Join(", ", ActivityTimings.All)}.");
            }

            var start = Date(a.Start);
            var end = Date(a.End);
            if (start is null)
            {
                Add($"{at}.start", "Ngày bắt đầu theo dạng yyyy-mm-dd.", "start is a date, yyyy-mm-dd.");
            }

            if (end is null)
            {
                Add($"{at}.end", "Ngày kết thúc theo dạng yyyy-mm-dd.", "end is a date, yyyy-mm-dd.");
            }

            if (start is { } s && end is { } e && (e < s || !InPeriod(s.Year) || !InPeriod(e.Year)))
            {
                Add($"{at}.end", $"Thời gian hoạt động phải trong giai đoạn {c.StartYear}–{c.EndYear}, kết thúc không trước bắt đầu.", $"An activity's time must lie within {c.StartYear}–{c.EndYear}, its end not before its start.");
            }

            if (a.Due is not null && Date(a.Due) is null)
            {
                Add($"{at}.due", "Hạn theo dạng yyyy-mm-dd.", "due is a date, yyyy-mm-dd.");
            }

            foreach (var body in a.Lead.Concat(a.Coordinating).Where(body => !bodies.Contains(body)))
            {
                Add($"{at}.lead", $"Không có cơ quan, đơn vị '{body}' ở địa bàn của kế hoạch: thêm vào danh sách đơn vị.", $"No body '{body}' in the plan's area: add it to the bodies.");
            }

            var outputs = new HashSet<int>();
            for (var j = 0; j < a.Outputs.Count; j++)
            {
                var o = a.Outputs[j];
                if (o.Number < 1 || !outputs.Add(o.Number))
                {
                    Add($"{at}.outputs[{j}].number", "Số kết quả đầu ra phải là số dương, không trùng.", "An output's number must be positive and unique.");
                }

                if (!OutputUnits.All.Contains(o.Unit))
                {
                    Add($"{at}.outputs[{j}].unit", $"Đơn vị phải là một trong: {string.Join(", ", OutputUnits.All)}.", $"unit must be one of: {string.Join(", ", OutputUnits.All)}.");
                }

                if (o.Quantity is < 0)
                {
                    Add($"{at}.outputs[{j}].quantity", "Số lượng không âm.", "quantity cannot be negative.");
                }

                Text($"{at}.outputs[{j}].textVi", o.TextVi, 4000);
            }
        }

        var lines = new HashSet<(string, int, string)>();
        for (var i = 0; i < c.BudgetLines.Count; i++)
        {
            var b = c.BudgetLines[i];
            var at = $"budgetLines[{i}]";
            Text($"{at}.line", b.Line, 40);
            Text($"{at}.titleVi", b.TitleVi, 1000);
            if (!InPeriod(b.Year))
            {
                Add($"{at}.year", $"Năm {b.Year} nằm ngoài giai đoạn {c.StartYear}–{c.EndYear}.", $"Year {b.Year} is outside the period {c.StartYear}–{c.EndYear}.");
            }

            if (!BudgetSources.All.Contains(b.Source))
            {
                Add($"{at}.source", $"Nguồn phải là một trong: {string.Join(", ", BudgetSources.All)}.", $"source must be one of: {string.Join(", ", BudgetSources.All)}.");
            }

            if (!(b.Planned >= 0) || double.IsInfinity(b.Planned))
            {
                Add($"{at}.planned", "Kinh phí (triệu đồng) không âm.", "planned (million VND) cannot be negative.");
            }

            if (!lines.Add((b.Line ?? "", b.Year, b.Source)))
            {
                Add($"{at}.line", $"Dòng {b.Line} năm {b.Year} nguồn {b.Source} đã có.", $"Line {b.Line} for {b.Year} from {b.Source} is already there.");
            }

            Agencies($"{at}.leadAgency", [b.LeadAgency]);
        }

        var events = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Calendar.Count; i++)
        {
            var e = c.Calendar[i];
            var at = $"calendar[{i}]";
            if (string.IsNullOrWhiteSpace(e.Code) || e.Code.Length > 40 || !events.Add(e.Code))
            {
                Add($"{at}.code", "Mã mốc: bắt buộc, không trùng, tối đa 40 ký tự.", "An event's code is required, unique, at most 40 characters.");
            }

            if (!ReportingEventKinds.All.Contains(e.Kind))
            {
                Add($"{at}.kind", "Loại mốc: deadline hoặc window.", "kind is deadline or window.");
            }

            if (e.PeriodType is not null and not ("half-year" or "year"))
            {
                Add($"{at}.periodType", "Kỳ báo cáo: half-year, year hoặc để trống.", "periodType is half-year, year or none.");
            }

            if (!IsDay(e.Month, e.Day))
            {
                Add($"{at}.day", "Ngày, tháng không hợp lệ.", "Not a day of the year.");
            }

            if (e.Kind == ReportingEventKinds.Window ? !(e.EndMonth is { } m && e.EndDay is { } d && IsDay(m, d)) : e.EndMonth is not null || e.EndDay is not null)
            {
                Add($"{at}.endDay", "Một khoảng thời gian (window) có ngày kết thúc; một hạn (deadline) thì không.", "A window has an end day; a deadline has none.");
            }

            Text($"{at}.nameVi", e.NameVi, 300);
            Text($"{at}.nameEn", e.NameEn, 300, required: false);
        }

        var duties = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Duties.Count; i++)
        {
            var d = c.Duties[i];
            var at = $"duties[{i}]";
            if (string.IsNullOrWhiteSpace(d.Code) || d.Code.Length > 40 || !duties.Add(d.Code))
            {
                Add($"{at}.code", "Mã nhiệm vụ báo cáo: bắt buộc, không trùng.", "A duty's code is required and unique.");
            }

            if (!ReportKinds.All.Contains(d.ReportKind) && d.ReportKind != "ad-hoc")
            {
                Add($"{at}.reportKind", $"Loại báo cáo phải là một trong: {string.Join(", ", ReportKinds.All)}, ad-hoc.", $"reportKind must be one of: {string.Join(", ", ReportKinds.All)}, ad-hoc.");
            }

            if (d.Month is { } month && !IsDay(month, d.Day ?? 1))
            {
                Add($"{at}.day", "Ngày, tháng không hợp lệ.", "Not a day of the year.");
            }

            Text($"{at}.reporter", d.Reporter, 40);
            Text($"{at}.nameVi", d.NameVi, 300);
        }

        if (issuing && c.Targets.Count == 0 && c.Activities.Count == 0)
        {
            Add("targets", "Kế hoạch chưa có chỉ tiêu hay hoạt động nào: cần ít nhất một để ban hành.", "The plan has no target and no activity: it needs at least one to be issued.");
        }

        return errors;
    }

    /// <summary>An ISO date (yyyy-mm-dd), or null.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool IsDay(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
}
