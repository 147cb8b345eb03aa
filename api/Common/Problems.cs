using EqualityTracker.Api.Shapes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EqualityTracker.Api.Common;

/// <summary>RFC 9457 problem details that endpoints answer with, in Vietnamese first and English second.</summary>
public static class Problems
{
    /// <summary>404: the resource named in the route does not exist.</summary>
    public static ProblemHttpResult NotFound(string detailVi, string detailEn) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Không tìm thấy / Not found",
            detail: $"{detailVi} / {detailEn}",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    /// <summary>422: the request is well formed but what it asks cannot be answered (e.g. a split without a known share).</summary>
    public static ProblemHttpResult Unprocessable(string detailVi, string detailEn) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Không xử lý được / Unprocessable",
            detail: $"{detailVi} / {detailEn}",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21");

    /// <summary>Bilingual text for a validation message: Vietnamese first, English second.</summary>
    public static string Bilingual(string vi, string en) => $"{vi} / {en}";
}

/// <summary>The shape of an RFC 9457 problem details body, for the API description.</summary>
/// <remarks>
/// FastEndpoints' own error types implement <c>IResult</c>, which Swashbuckle silently drops from the document;
/// these plain records describe the same JSON so that every operation documents its errors. The derived records add the
/// extension members some answers carry, so the contract declares every member a client can meet.
/// </remarks>
public class ProblemDocument
{
    /// <summary>A URI naming the kind of problem; absent means <c>about:blank</c> (RFC 9457 §4.2.1).</summary>
    public string? Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    public string? Detail { get; init; }

    public string? Instance { get; init; }

    public string? TraceId { get; init; }

    /// <summary>The invalid inputs, one per field, when there are any.</summary>
    public IReadOnlyList<ProblemError>? Errors { get; init; }
}

/// <summary>One invalid input in a 400 problem: which field and why.</summary>
public sealed record ProblemError(string Name, string Reason);

/// <summary>A 412 or 428 answer to a write of one value: the problem, and the value as it is now.</summary>
public sealed class ValueConflictProblem : ProblemDocument
{
    /// <summary>The value now stored (null once it was deleted), to show the user before they try again.</summary>
    public Shapes.ValueResponse? Current { get; init; }
}

/// <summary>An upload refused as a whole: the problem, and what the file held.</summary>
public sealed class UploadProblem : ProblemDocument
{
    /// <summary>The import report (409: replacements to confirm; 422: the rows with errors).</summary>
    public Features.Uploads.Create.Response? Report { get; init; }

    /// <summary>When the file cannot be read (400): the rule it breaks.</summary>
    public string? Rule { get; init; }

    /// <summary>When the file cannot be read (400): the row to blame, if one is.</summary>
    public int? Row { get; init; }

    /// <summary>When the file cannot be read (400): the column to blame, if one is.</summary>
    public string? Column { get; init; }
}

/// <summary>Describes error responses on an endpoint's OpenAPI operation.</summary>
public static class ProblemDescriptions
{
    public const string MediaType = "application/problem+json";

    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes) =>
        builder.ProducesProblems<ProblemDocument>(statusCodes);

    /// <summary>Error responses whose body is a problem with extension members (<typeparamref name="T"/>).</summary>
    public static RouteHandlerBuilder ProducesProblems<T>(this RouteHandlerBuilder builder, params int[] statusCodes)
        where T : ProblemDocument
    {
        foreach (var status in statusCodes)
        {
            builder.Produces<T>(status, MediaType);
        }

        return builder;
    }
}
