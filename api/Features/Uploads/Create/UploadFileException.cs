using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Uploads.Create;

/// <summary>An uploaded file that cannot be read as a whole: empty, not a workbook, corrupt, beyond a limit…</summary>
/// <remarks>
/// Thrown by <see cref="UploadFile.Open(string, string)"/> or while enumerating <see cref="UploadFile.Rows"/>; it is
/// the only exception a malformed file makes escape (library exceptions are caught and converted, the original kept
/// as <see cref="Exception.InnerException"/>). The caller answers 4xx with <see cref="Rule"/> and both messages.
/// </remarks>
public sealed class UploadFileException : Exception
{
    public UploadFileException(string rule, string messageVi, string messageEn, int? row = null, string? column = null, Exception? innerException = null)
        : base(messageEn, innerException)
    {
        Rule = rule;
        MessageVi = messageVi;
        MessageEn = messageEn;
        Row = row;
        Column = column;
    }

    /// <summary>The 1-based row of the file the problem is on (the header is row 1), when known.</summary>
    public int? Row { get; }

    /// <summary>The column or cell the problem is in, when known (a column name, a CSV column number or a cell reference).</summary>
    public string? Column { get; }

    /// <summary>A stable kebab-case id, e.g. <c>empty-file</c>, <c>unbalanced-quote</c>, <c>too-large-uncompressed</c>.</summary>
    public string Rule { get; }

    public string MessageVi { get; }

    public string MessageEn { get; }

    /// <summary>The same problem as a row issue (row 0 when the file as a whole is at fault).</summary>
    public RowIssue ToIssue() => new(Row ?? 0, Column ?? "", null, Rule, MessageVi, MessageEn);

    /// <summary>A cell above <see cref="UploadFileLimits.MaxCellLength"/> (its length when known).</summary>
    internal static UploadFileException CellTooLong(int row, string column, int? length, int max) => new("cell-too-long",
        length is { } n
            ? $"Dòng {row}, cột {column}: ô dài {n} ký tự, vượt giới hạn {max} ký tự."
            : $"Dòng {row}, cột {column}: ô dài hơn giới hạn {max} ký tự.",
        length is { } m
            ? $"Row {row}, column {column}: the cell is {m} characters long, above the limit of {max}."
            : $"Row {row}, column {column}: the cell is longer than the limit of {max} characters.",
        row, column);
}
