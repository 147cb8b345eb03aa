using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.Progress;

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

    /// <summary>true: approved values only. Without signing in, only approved values count anyway.</summary>
    [QueryParam]
    public bool ApprovedOnly { get; init; }

    /// <summary><c>unsd</c> (default, UNSD 2023 Progress Chart) or <c>opensdg</c>.</summary>
    [QueryParam]
    [Vocabulary(typeof(ProgressMethods))]
    public string? Method { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Date).Must(Areas.AreaDates.IsDate).WithMessage(Areas.AreaDates.DateMessage);
            RuleFor(r => r.Method).Must(m => m is null || ProgressMethods.All.Contains(m))
                .WithMessage(Problems.Bilingual("'method' phải là unsd hoặc opensdg.", "method must be unsd or opensdg."));
        }
    }
}
