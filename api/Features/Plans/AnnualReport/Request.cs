using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.AnnualReport;

public sealed class Request
{
    /// <summary>The plan's code, e.g. NB-2021-2025.</summary>
    public string Code { get; init; } = "";

    /// <summary>The year the report covers, e.g. 2024.</summary>
    [QueryParam]
    public int Period { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Period).InclusiveBetween(1900, 2999).WithMessage(Problems.Bilingual("Cần năm báo cáo (period), ví dụ 2024.", "period must be the report's year, e.g. 2024."));
    }
}
