using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Submissions.List;

public sealed class Request
{
    /// <summary>Only this plan.</summary>
    [QueryParam]
    public string? Plan { get; init; }

    /// <summary>Only this period (DHIS2 id).</summary>
    [QueryParam]
    [RegularExpression(Domain.Period.IdPattern)]
    public string? Period { get; init; }

    /// <summary>Only this status: submitted, approved or returned.</summary>
    [QueryParam]
    [Vocabulary(typeof(ReviewStates), nameof(ReviewStates.OfSubmissions))]
    public string? Status { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Period).Must(p => p is null || Domain.Period.TryParse(p, out _))
                .WithMessage(Problems.Bilingual("'period' phải là mã kỳ như 2025.", "period must be a period id such as 2025."));
            RuleFor(r => r.Status).Must(s => s is null || ReviewStates.OfSubmissions.Contains(s))
                .WithMessage(Problems.Bilingual("'status' phải là submitted, approved hoặc returned.", "status must be submitted, approved or returned."));
        }
    }
}
