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
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^-?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex DecimalPoint();
}
