using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Reports.List;

public sealed class Request
{
    /// <summary>The plan's code, e.g. BS-2018.</summary>
    public string Code { get; init; } = "";

    /// <summary>Only the reports due in this year.</summary>
    [QueryParam]
    public int? Year { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Year).InclusiveBetween(1900, 2999).WithMessage(Problems.Bilingual("Năm không hợp lệ.", "year must be a year."));
    }
}
