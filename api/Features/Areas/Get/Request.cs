using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Areas.Get;

public sealed class Request
{
    /// <summary>The area's GSO code ('37' Ninh Bình, '369' Ninh Bình city), or VN for the country.</summary>
    public string Code { get; init; } = "";

    /// <summary>The unit bearing the code on this day (ISO date); default today, or the last unit that bore the code.</summary>
    [QueryParam]
    public string? Date { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Date).Must(AreaDates.IsDate).WithMessage(AreaDates.DateMessage);
        }
    }
}
