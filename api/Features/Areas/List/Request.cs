using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Areas.List;

public sealed class Request
{
    /// <summary>Only the areas directly below this area (GSO code, or VN for the country).</summary>
    [QueryParam]
    public string? Parent { get; init; }

    /// <summary>Only the areas at this depth: 0 country, 1 province, 2 district (communes since 1 July 2025), 3 commune.</summary>
    [QueryParam]
    public int? Level { get; init; }

    /// <summary>The map in force on this day (ISO date); default today (Asia/Ho_Chi_Minh).</summary>
    [QueryParam]
    public string? Date { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Level).InclusiveBetween(0, 9)
                .WithMessage(Problems.Bilingual("Cấp phải từ 0 đến 9.", "level must be between 0 and 9."));
            RuleFor(r => r.Parent).Matches("^[0-9A-Z]{1,16}$")
                .WithMessage(Problems.Bilingual("Mã đơn vị cha không hợp lệ.", "parent must be an area code."));
            RuleFor(r => r.Date).Must(AreaDates.IsDate).WithMessage(AreaDates.DateMessage);
        }
    }
}
