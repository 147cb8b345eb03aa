using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Values.Export;

public sealed class Request
{
    /// <summary>Only this raw quantity or directly entered indicator.</summary>
    [QueryParam]
    public string? Code { get; init; }

    /// <summary>Only this area (GSO code): every unit that bore it (old and new Ninh Bình for 37), or with <c>date</c>
    /// the unit in force that day.</summary>
    [QueryParam]
    public string? Area { get; init; }

    /// <summary>With <c>area</c>: the day whose map names the unit (ISO date).</summary>
    [QueryParam]
    public string? Date { get; init; }

    /// <summary>Only periods starting on or after this one (DHIS2 id).</summary>
    [QueryParam]
    [RegularExpression(Domain.Period.IdPattern)]
    public string? From { get; init; }

    /// <summary>Only periods ending on or before this one (DHIS2 id).</summary>
    [QueryParam]
    [RegularExpression(Domain.Period.IdPattern)]
    public string? To { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Date).Must(Areas.AreaDates.IsDate).WithMessage(Areas.AreaDates.DateMessage);
            RuleFor(r => r.From).Must(p => p is null || Period.TryParse(p, out _))
                .WithMessage(Problems.Bilingual("'from' phải là mã kỳ như 2020.", "from must be a period id such as 2020."));
            RuleFor(r => r.To).Must(p => p is null || Period.TryParse(p, out _))
                .WithMessage(Problems.Bilingual("'to' phải là mã kỳ như 2025.", "to must be a period id such as 2025."));
        }
    }
}
