using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.List;

public sealed class Request
{
    /// <summary>Only the plans issued by this area (GSO code, or VN for the national strategies).</summary>
    [QueryParam]
    public string? Area { get; init; }

    /// <summary>With area: also the plans of every area below it (Bỉm Sơn's 2018 plan under Thanh Hóa, <c>area=38&amp;below=true</c>).</summary>
    [QueryParam]
    public bool? Below { get; init; }

    /// <summary>Only the plans that implement this plan (its code).</summary>
    [QueryParam]
    public string? Implements { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Area).Matches("^[0-9A-Z]{1,16}$")
                .WithMessage(Problems.Bilingual("Mã đơn vị hành chính không hợp lệ.", "area must be an area code."));
        }
    }
}
