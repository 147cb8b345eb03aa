namespace EqualityTracker.Api.Common;

/// <summary>The files the API sends, and how the contract describes them.</summary>
public static class Downloads
{
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A 200 answer that is a file of <paramref name="mediaType"/>, sent as an attachment with its name.</summary>
    public static RouteHandlerBuilder ProducesDownload(this RouteHandlerBuilder builder, string mediaType) =>
        builder.Produces(StatusCodes.Status200OK, typeof(Stream), mediaType).ProducesHeaders(StatusCodes.Status200OK, ApiHeaders.ContentDisposition);
}
