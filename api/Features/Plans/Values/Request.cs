using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.Values;

public sealed class Request
{
    /// <summary>The plan's code.</summary>
    public string Code { get; init; } = "";

    /// <summary>The area (GSO code); required.</summary>
    [QueryParam]
    public string? Area { get; init; }

    /// <summary>Only this period (DHIS2 id).</summary>
    [QueryParam]
    [RegularExpression(Domain.Period.IdPattern)]
    public string? Period { get; init; }

    /// <summary>The values as they stood at this instant (ISO-8601, e.g. 2026-01-01T00:00:00Z), from their history.</summary>
    [QueryParam]
    public string? AsOf { get; init; }

    /// <summary>The map the area code is read on (ISO date); default the plan's own map (a day its issuing unit existed).</summary>
    [QueryParam]
    public string? Date { get; init; }

    /// <summary>true: only values approved by the coordinating department (or uploaded by the statistics office).</summary>
    [QueryParam]
    public bool ApprovedOnly { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Area).NotEmpty().WithMessage(Problems.Bilingual("Cần chọn địa bàn (area).", "area is required."));
            RuleFor(r => r.Date).Must(Areas.AreaDates.IsDate).WithMessage(Areas.AreaDates.DateMessage);
            RuleFor(r => r.Period).Must(p => p is null || Domain.Period.TryParse(p, out _))
                .WithMessage(Problems.Bilingual("'period' phải là mã kỳ như 2025.", "period must be a period id such as 2025."));
            RuleFor(r => r.AsOf).Must(a => a is null || NodaTime.Text.InstantPattern.ExtendedIso.Parse(a).Success)
                .WithMessage(Problems.Bilingual("'asOf' phải là thời điểm ISO-8601, ví dụ 2026-01-01T00:00:00Z.", "asOf must be an ISO-8601 instant such as 2026-01-01T00:00:00Z."));
        }
    }
}
