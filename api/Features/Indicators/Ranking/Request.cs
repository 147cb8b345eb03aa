using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Indicators.Ranking;

public sealed class Request
{
    /// <summary>The indicator's code.</summary>
    public string Code { get; init; } = "";

    /// <summary>The area whose child areas are ranked.</summary>
    [QueryParam]
    public string? Area { get; init; }

    /// <summary>The year to rank (DHIS2 year id, e.g. 2024); default: the latest year with data.</summary>
    [QueryParam]
    [RegularExpression(Domain.Period.IdPattern)]
    public string? Period { get; init; }

    /// <summary>The unit bearing the area code on this day (ISO date); default the first day of `period` when one is asked (the areas as they were that year), else today.</summary>
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
            RuleFor(r => r.Period).Must(p => p is null || (Domain.Period.TryParse(p, out var period) && period.Type == Domain.PeriodType.Year))
                .WithMessage(Problems.Bilingual("'period' phải là một năm, ví dụ 2024.", "period must be a year such as 2024."));
        }
    }
}
