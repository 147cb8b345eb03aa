using System.Globalization;
using System.Text.RegularExpressions;

namespace EqualityTracker.Api.Domain;

/// <summary>Reads numbers the way Vietnamese spreadsheets write them.</summary>
/// <remarks>
/// Excel set to Vietnamese exports CSV with <c>;</c> between fields and a decimal comma (<c>1.234,5</c>); with
/// <c>,</c> between fields the decimal separator is a point. Spaces (also no-break spaces) group thousands in
/// either. Anything else — letters, two separators, an exponent — is not a number.
/// </remarks>
public static partial class NumberText
{
    public static bool TryParse(string? text, bool decimalComma, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal);
        if (decimalComma)
        {
            if (!DecimalComma().IsMatch(compact))
            {
                return false;
            }

            compact = compact.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (!DecimalPoint().IsMatch(compact))
        {
            return false;
        }

        return double.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Writes a value so that <see cref="TryParse"/> with a decimal point reads it back exactly.</summary>
    public static string Format(double value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return shortest;
        }

        // Spell out 1E-07 as 0.0000001: spreadsheets and people read plain decimals.
        var sign = shortest[0] == '-' ? "-" : "";
        var mantissa = shortest[sign.Length..e];
        var exponent = int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var position = (point < 0 ? mantissa.Length : point) + exponent;
        var plain = position <= 0
            ? "0." + new string('0', -position) + digits
            : position >= digits.Length ? digits + new string('0', position - digits.Length) : digits[..position] + "." + digits[position..];
        return sign + plain;
    }

    [GeneratedRegex(@"^-?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex DecimalPoint();
}
