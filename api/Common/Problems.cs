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

    /// <summary>Bilingual text for a validation message: Vietnamese first, English second.</summary>
    public static string Bilingual(string vi, string en) => $"{vi} / {en}";
}

/// <summary>The shape of an RFC 9457 problem details body, for the API description.</summary>
/// <remarks>
/// FastEndpoints' own error types implement <c>IResult</c>, which Swashbuckle silently drops from the document;
/// this plain record describes the same JSON so that every operation documents its errors.
/// </remarks>
public sealed record ProblemDocument(
    string Type,
    string Title,
    int Status,
    string? Detail,
    string? Instance,
    string? TraceId,
    IReadOnlyList<ProblemError>? Errors);

/// <summary>One invalid input in a 400 problem: which field and why.</summary>
public sealed record ProblemError(string Name, string Reason);

/// <summary>Describes error responses on an endpoint's OpenAPI operation.</summary>
public static class ProblemDescriptions
{
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            builder.Produces<ProblemDocument>(status, "application/problem+json");
        }

        return builder;
    }
}
