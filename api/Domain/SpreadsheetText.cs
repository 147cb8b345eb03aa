namespace EqualityTracker.Api.Domain;

/// <summary>Text written into CSV and XLSX cells so that a spreadsheet shows it and never runs it.</summary>
/// <remarks>
/// OWASP's advice on CSV injection: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a line
/// break may be read as a formula (<c>=HYPERLINK(…)</c>), so such text gets a leading single quote, which spreadsheets
/// show as text. Numbers stay numbers: <c>-1.2</c> is written as it is. Uploads read the quote back off
/// (<see cref="Unescape"/>), so an exported file uploads again with no change.
/// </remarks>
public static class SpreadsheetText
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r', '\n'];

    /// <summary>The text as a cell may hold it.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text) || Array.IndexOf(Triggers, text[0]) < 0 || NumberText.TryParse(text, decimalComma: false, out _))
        {
            return text ?? "";
        }

        return "'" + text;
    }

    /// <summary>Reverses <see cref="Safe"/> on text read from an uploaded cell.</summary>
    public static string Unescape(string text) =>
        text.Length > 1 && text[0] == '\'' && Array.IndexOf(Triggers, text[1]) >= 0 ? text[1..] : text;
}
