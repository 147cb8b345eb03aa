using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Submissions.Create;

public sealed class Request
{
    public string Plan { get; init; } = "";

    /// <summary>DHIS2 period id, e.g. 2025.</summary>
    [RegularExpression(Domain.Period.IdPattern)]
    public string Period { get; init; } = "";

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Plan).NotEmpty().WithMessage(Problems.Bilingual("Cần chọn kế hoạch.", "plan is required."));
            RuleFor(r => r.Period).Must(p => Domain.Period.TryParse(p, out _))
                .WithMessage(Problems.Bilingual("'period' phải là mã kỳ như 2025.", "period must be a period id such as 2025."));
        }
    }
}
