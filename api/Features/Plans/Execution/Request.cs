using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.Execution;

public sealed class Request
{
    /// <summary>The plan's code, e.g. TN-2017.</summary>
    public string Code { get; init; } = "";

    /// <summary>The year, e.g. 2024: activities whose time overlaps it, its approved reports and its budget. Without it, the whole plan.</summary>
    [QueryParam]
    public int? Period { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Period).InclusiveBetween(1900, 2999).WithMessage(Problems.Bilingual("Năm (period) không hợp lệ, ví dụ 2024.", "period must be a year, e.g. 2024."));
    }
}
