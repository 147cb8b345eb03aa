namespace EqualityTracker.Api.Features.Areas.Get;

public sealed class Request
{
    /// <summary>The area's GSO code ('37' Ninh Bình, '369' Ninh Bình city), or VN for the country.</summary>
    public string Code { get; init; } = "";
}
