using NodaTime;

namespace EqualityTracker.Api.Domain;

/// <summary>One data row of an uploaded file, as text, with its 1-based row number in the file (the header is row 1).</summary>
/// <remarks>
/// <c>ShapeIssue</c> is set when the row's shape does not match the header (more fields than the header:
/// <c>extra-fields</c>; fewer: <c>missing-fields</c>); the row is still read, the caller decides what the issue costs.
/// </remarks>
public sealed record UploadRow(int Row, string Code, string Area, string Period, string Sex, string Value, string? Note, RowIssue? ShapeIssue = null);

/// <summary>A row that passed every single-row rule, parsed.</summary>
public sealed record ValidRow(int Row, Measure Measure, string Area, Period Period, string Sex, double Value, string? Note);

/// <summary>Why a row was rejected or flagged: where (row, column), what was seen, and a message in both languages.</summary>
public sealed record RowIssue(int Row, string Column, string? Value, string Rule, string MessageVi, string MessageEn);

/// <summary>The rules one uploaded row must pass on its own.</summary>
/// <remarks>
/// Pure: the catalogue and "today" (a Viet Nam date from the injected clock) are given, so every rule is testable
/// without a database. Rules that need other rows (duplicates, a numerator above its denominator) live in
/// <see cref="UploadConsistency"/>.
/// </remarks>
public sealed class UploadRowValidator(
    IReadOnlyDictionary<string, Measure> measures,
    IReadOnlySet<string> areas,
    LocalDate today,
    bool decimalComma)
{
    public const int MaxNoteLength = 1000;

    /// <summary>Checks a row; adds its problems to <paramref name="issues"/> and returns the parsed row when it has none.</summary>
    public ValidRow? Validate(UploadRow row, ICollection<RowIssue> issues)
    {
        var before = issues.Count;
        measures.TryGetValue(row.Code.Trim(), out var measure);
        if (measure is null)
        {
            issues.Add(Issue(row, "code", row.Code, "unknown-code",
                $"Mã '{row.Code}' không phải đại lượng hay chỉ số nhập trực tiếp.", $"'{row.Code}' is not a known quantity or directly entered indicator."));
        }

        var area = row.Area.Trim();
        if (!areas.Contains(area))
        {
            issues.Add(Issue(row, "area", row.Area, "unknown-area",
                $"Không có địa bàn mã '{row.Area}'.", $"No area with GSO code '{row.Area}'."));
        }

        if (!Period.TryParse(row.Period.Trim(), out var period))
        {
            issues.Add(Issue(row, "period", row.Period, "malformed-period",
                $"Kỳ '{row.Period}' không đúng dạng 2024, 2024S1, 2024Q3 hoặc 202405.", $"Period '{row.Period}' is not of the form 2024, 2024S1, 2024Q3 or 202405."));
        }
        else if (period.IsFutureOn(today))
        {
            issues.Add(Issue(row, "period", row.Period, "future-period",
                $"Kỳ {period.Id} chưa bắt đầu (hôm nay {today:dd/MM/yyyy}).", $"Period {period.Id} has not started yet (today is {today:yyyy-MM-dd})."));
        }

        var sex = row.Sex.Trim();
        if (!Sex.IsCode(sex))
        {
            issues.Add(Issue(row, "sex", row.Sex, "malformed-sex",
                $"Giới tính '{row.Sex}' phải là F, M hoặc _T.", $"Sex '{row.Sex}' must be F, M or _T."));
        }
        else if (measure is not null && !measure.Sexes.Contains(sex))
        {
            issues.Add(Issue(row, "sex", row.Sex, "sex-not-allowed",
                $"'{measure.Code}' chỉ nhận giới tính {string.Join(", ", measure.Sexes)}.", $"'{measure.Code}' accepts only sex {string.Join(", ", measure.Sexes)}."));
        }

        if (!NumberText.TryParse(row.Value, decimalComma, out var value))
        {
            issues.Add(Issue(row, "value", row.Value, "not-a-number",
                $"Giá trị '{row.Value}' không phải là số{(decimalComma ? " (tệp dùng dấu phẩy thập phân)" : "")}.",
                $"Value '{row.Value}' is not a number{(decimalComma ? " (the file uses a decimal comma)" : "")}."));
        }
        else if (measure is not null)
        {
            CheckRange(row, measure, value, issues);
        }

        if (row.Note is { Length: > MaxNoteLength })
        {
            issues.Add(Issue(row, "note", row.Note[..40] + "…", "note-too-long",
                $"Ghi chú dài quá {MaxNoteLength} ký tự.", $"The note is longer than {MaxNoteLength} characters."));
        }

        return issues.Count == before
            ? new ValidRow(row.Row, measure!, area, period, sex, value, string.IsNullOrWhiteSpace(row.Note) ? null : SpreadsheetText.Unescape(row.Note.Trim()))
            : null;
    }

    private static void CheckRange(UploadRow row, Measure measure, double value, ICollection<RowIssue> issues)
    {
        if (value < 0)
        {
            issues.Add(measure.IsCount
                ? Issue(row, "value", row.Value, "negative-count", $"Số đếm không thể âm ({row.Value}).", $"A count cannot be negative ({row.Value}).")
                : Issue(row, "value", row.Value, "negative-value", $"'{measure.Code}' không thể âm ({row.Value}).", $"'{measure.Code}' cannot be negative ({row.Value})."));
        }
        else if (measure.IsPercent && value > 100)
        {
            issues.Add(Issue(row, "value", row.Value, "percent-out-of-range",
                $"Tỷ lệ phần trăm phải từ 0 đến 100 ({row.Value}).", $"A percentage must be between 0 and 100 ({row.Value})."));
        }
        else if (measure.IsYesNo && value is not (0 or 1))
        {
            issues.Add(Issue(row, "value", row.Value, "not-yes-no",
                $"Giá trị có/không phải là 1 (có) hoặc 0 (không), không phải {row.Value}.", $"A yes/no value must be 1 (yes) or 0 (no), not {row.Value}."));
        }
        else if (measure.IntegerOnly && value != Math.Floor(value))
        {
            issues.Add(Issue(row, "value", row.Value, "not-whole",
                $"Số đếm phải là số nguyên ({row.Value}).", $"A count must be a whole number ({row.Value})."));
        }
        else if (!ValueBounds.Within(measure.UnitCode, value))
        {
            var (min, max) = ValueBounds.For(measure.UnitCode);
            var shown = row.Value.Length > 40 ? row.Value[..40] + "…" : row.Value;
            issues.Add(Issue(row, "value", shown, "value-out-of-bounds",
                $"Giá trị {shown} nằm ngoài giới hạn của đơn vị '{measure.UnitCode}' ({NumberText.Format(min)} đến {NumberText.Format(max)}); không đại lượng thật nào nhận giá trị này.",
                $"Value {shown} is outside the bounds of unit '{measure.UnitCode}' ({NumberText.Format(min)} to {NumberText.Format(max)}); no real quantity takes it."));
        }
    }

    internal static RowIssue Issue(UploadRow row, string column, string? value, string rule, string vi, string en) =>
        new(row.Row, column, value, rule, vi, en);
}
