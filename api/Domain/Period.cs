using System.Globalization;
using NodaTime;

namespace EqualityTracker.Api.Domain;

/// <summary>The length of a reporting period.</summary>
public enum PeriodType
{
    Year,
    HalfYear,
    Quarter,
    Month,
}

/// <summary>A reporting period identified the way DHIS2 does: <c>2024</c>, <c>2024S1</c>, <c>2024Q3</c>, <c>202405</c>.</summary>
/// <remarks>
/// Values are keyed by these ids so that files exchanged with DHIS2-based national systems need no translation.
/// A period is "future" when it has not started yet on the given day; a running year may hold provisional data.
/// </remarks>
public readonly record struct Period(PeriodType Type, int Year, int Index) : IComparable<Period>
{
    /// <summary>What a DHIS2 period id looks like (the year's range and the month are checked by <see cref="TryParse"/>).</summary>
    public const string IdPattern = "^[0-9]{4}(S[12]|Q[1-4]|0[1-9]|1[0-2])?$";

    public const int MinYear = 1900;
    public const int MaxYear = 2999;

    /// <summary>The DHIS2 id.</summary>
    public string Id => Type switch
    {
        PeriodType.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodType.HalfYear => $"{Year:D4}S{Index}",
        PeriodType.Quarter => $"{Year:D4}Q{Index}",
        _ => $"{Year:D4}{Index:D2}",
    };

    /// <summary>The first day of the period.</summary>
    public LocalDate Start => new(Year, 1 + ((Index - 1) * MonthsPerIndex), 1);

    /// <summary>The last day of the period.</summary>
    public LocalDate End => Start.PlusMonths(Type == PeriodType.Year ? 12 : MonthsPerIndex).PlusDays(-1);

    private int MonthsPerIndex => Type switch
    {
        PeriodType.Year => 12,
        PeriodType.HalfYear => 6,
        PeriodType.Quarter => 3,
        _ => 1,
    };

    public static Period OfYear(int year) => new(PeriodType.Year, year, 1);

    /// <summary>Reads a DHIS2 period id; false for anything else.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is null || text.Length is not (4 or 6) || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < MinYear or > MaxYear)
        {
            return false;
        }

        if (text.Length == 4)
        {
            period = OfYear(year);
            return true;
        }

        var (type, max) = text[4] switch
        {
            'S' => (PeriodType.HalfYear, 2),
            'Q' => (PeriodType.Quarter, 4),
            _ => (PeriodType.Month, 12),
        };
        var digits = type == PeriodType.Month ? text.AsSpan(4, 2) : text.AsSpan(5, 1);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1 || index > max
            || (type != PeriodType.Month && text.Length != 6))
        {
            return false;
        }

        period = new Period(type, year, index);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a DHIS2 period id.");

    /// <summary>True when the period has not started on <paramref name="today"/>.</summary>
    public bool IsFutureOn(LocalDate today) => Start > today;

    public int CompareTo(Period other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.End.CompareTo(End);
    }

    public override string ToString() => Id;
}
