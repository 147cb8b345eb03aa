using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Me.Assignments;

public sealed class Request
{
    /// <summary>The plan, e.g. NB-2021-2025.</summary>
    [QueryParam]
    public string? Plan { get; init; }

    /// <summary>The reporting period (DHIS2 id), e.g. 2025.</summary>
    [QueryParam]
    [RegularExpression(Domain.Period.IdPattern)]
    public string? Period { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Plan).NotEmpty().WithMessage(Problems.Bilingual("Cần chọn kế hoạch (plan).", "plan is required."));
            RuleFor(r => r.Period).Must(p => Domain.Period.TryParse(p, out _))
                .WithMessage(Problems.Bilingual("'period' phải là mã kỳ như 2025.", "period must be a period id such as 2025."));
        }
    }
}
