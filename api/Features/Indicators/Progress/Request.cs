using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Indicators.Progress;

public sealed class Request
{
    /// <summary>The indicator's code, e.g. SRB.</summary>
    public string Code { get; init; } = "";

    /// <summary>The area (GSO code, or VN).</summary>
    [QueryParam]
    public string? Area { get; init; }

    /// <summary>The unit bearing the area code on this day (ISO date); default today (Asia/Ho_Chi_Minh), or the last unit that bore the code. Years before the unit existed are its predecessors' counts summed.</summary>
    [QueryParam]
    public string? Date { get; init; }

    /// <summary>true: approved values only (always, without signing in).</summary>
    [QueryParam]
    public bool ApprovedOnly { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Area).NotEmpty().WithMessage(Problems.Bilingual("Cần chọn địa bàn (area).", "area is required."));
            RuleFor(r => r.Date).Must(Areas.AreaDates.IsDate).WithMessage(Areas.AreaDates.DateMessage);
        }
    }
}
