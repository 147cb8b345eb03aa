using FluentValidation;
using FastEndpoints;

namespace EqualityTracker.Api.Features.Plans.Report;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";

    /// <summary>The area (default: the plan's own area).</summary>
    [QueryParam]
    public string? Area { get; init; }

    /// <summary>The map the area code is read on (ISO date); default the plan's own map (a day its issuing unit existed).</summary>
    [QueryParam]
    public string? Date { get; init; }

    /// <summary>true: approved values only (always, without signing in).</summary>
    [QueryParam]
    public bool ApprovedOnly { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Date).Must(Areas.AreaDates.IsDate).WithMessage(Areas.AreaDates.DateMessage);
        }
    }
}
