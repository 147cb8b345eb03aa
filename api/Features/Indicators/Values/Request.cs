using System.ComponentModel.DataAnnotations;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Indicators.Values;

public sealed class Request
{
    /// <summary>The indicator's code, e.g. SRB.</summary>
    public string Code { get; init; } = "";

    /// <summary>The area (GSO code, or VN); required.</summary>
    [QueryParam]
    public string? Area { get; init; }

    /// <summary>First period included (DHIS2 id: 2020, 2020S1, 2020Q1, 202001).</summary>
    [QueryParam]
    [RegularExpression(Domain.Period.IdPattern)]
    public string? From { get; init; }

    /// <summary>Last period included (DHIS2 id).</summary>
    [QueryParam]
    [RegularExpression(Domain.Period.IdPattern)]
    public string? To { get; init; }

    /// <summary>Only this sex (F, M or _T) for indicators entered by sex.</summary>
    [QueryParam]
    [Vocabulary(typeof(Sex))]
    public string? Sex { get; init; }

    /// <summary>true: only values approved by the coordinating department (uploads and demo data count as approved).</summary>
    [QueryParam]
    public bool ApprovedOnly { get; init; }

    /// <summary>The unit bearing the area code on this day (ISO date); default today, or the last unit that bore the code.
    /// Periods that ended before the unit existed are summed from its predecessors.</summary>
    [QueryParam]
    public string? Date { get; init; }

    /// <summary>true: also the series of each area directly below (on the date).</summary>
    [QueryParam]
    public bool Children { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Area).NotEmpty()
                .WithMessage(Problems.Bilingual("Cần chọn địa bàn (area).", "area is required."));
            RuleFor(r => r.From).Must(p => p is null || Period.TryParse(p, out _))
                .WithMessage(Problems.Bilingual("'from' phải là mã kỳ như 2020 hoặc 2020S1.", "from must be a period id such as 2020 or 2020S1."));
            RuleFor(r => r.To).Must(p => p is null || Period.TryParse(p, out _))
                .WithMessage(Problems.Bilingual("'to' phải là mã kỳ như 2025 hoặc 2025S1.", "to must be a period id such as 2025 or 2025S1."));
            RuleFor(r => r.Date).Must(Areas.AreaDates.IsDate).WithMessage(Areas.AreaDates.DateMessage);
            RuleFor(r => r.Sex).Must(s => s is null || Domain.Sex.IsCode(s))
                .WithMessage(Problems.Bilingual("Giới tính phải là F, M hoặc _T.", "sex must be F, M or _T."));
        }
    }
}
