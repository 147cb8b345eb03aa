using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Me.Activities;

public sealed class Request
{
    /// <summary>The plan, e.g. NB-2021-2025.</summary>
    [QueryParam]
    public string Plan { get; init; } = "";

    /// <summary>The year whose activities and reports to show (default: this year in Viet Nam).</summary>
    [QueryParam]
    public int? Year { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Plan).NotEmpty().WithMessage(Problems.Bilingual("Cần chọn kế hoạch (plan).", "plan is required."));
            RuleFor(r => r.Year).InclusiveBetween(1900, 2999).WithMessage(Problems.Bilingual("Năm không hợp lệ.", "year must be a year."));
        }
    }
}
