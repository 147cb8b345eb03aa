using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Areas.Successions;

/// <summary>What a successions file did: rows read, successions recorded (new or replacing the same pair), and the rows refused.</summary>
public sealed class Response
{
    public required int Rows { get; init; }
    public required int Recorded { get; init; }
    public required int Replaced { get; init; }

    /// <summary>Row-level errors (the file's line number, the column, the rule, why in both languages). Any error: nothing recorded.</summary>
    public required IReadOnlyList<RowIssue> Errors { get; init; }
}

/// <summary>A successions file refused: the problem, and the rows with errors.</summary>
public sealed class SuccessionsProblem : ProblemDocument
{
    public Response? Report { get; init; }
}
