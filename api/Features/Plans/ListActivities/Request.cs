using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.ListActivities;

public sealed class Request
{
    /// <summary>The plan's code, e.g. BS-2018.</summary>
    public string Code { get; init; } = "";

    /// <summary>Only activities this body leads or coordinates (body code, e.g. WU or BS-LABOUR).</summary>
    [QueryParam]
    public string? Body { get; init; }

    /// <summary>Only activities in this domain: politics, economy-labour, family-gbv, health, education, communication, state-capacity.</summary>
    [QueryParam]
    public string? Domain { get; init; }

    /// <summary>Only activities whose time falls, at least in part, in this year.</summary>
    [QueryParam]
    public int? Year { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Body).Matches("^[A-Z0-9-]{1,40}$")
                .WithMessage(Problems.Bilingual("Mã cơ quan, tổ chức không hợp lệ.", "body must be a body code."));
            RuleFor(r => r.Domain).Matches("^[a-z-]{1,40}$")
                .WithMessage(Problems.Bilingual("Mã lĩnh vực không hợp lệ.", "domain must be a domain code."));
            RuleFor(r => r.Year).InclusiveBetween(1900, 2999)
                .WithMessage(Problems.Bilingual("Năm không hợp lệ.", "year must be a year."));
        }
    }
}
