using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.List;

public sealed class Request
{
    /// <summary>Only the plans issued by this area (GSO code, or VN for the national strategies).</summary>
    [QueryParam]
    public string? Area { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Area).Matches("^[0-9A-Z]{1,16}$")
                .WithMessage(Problems.Bilingual("Mã đơn vị hành chính không hợp lệ.", "area must be an area code."));
        }
    }
}
