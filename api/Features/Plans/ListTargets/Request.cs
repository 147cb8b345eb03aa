using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.ListTargets;

public sealed class Request
{
    /// <summary>The plan's code, e.g. NB-2021-2025.</summary>
    public string Code { get; init; } = "";

    /// <summary>Only targets in this domain: politics, economy-labour, family-gbv, health, education, communication, state-capacity.</summary>
    [QueryParam]
    public string? Domain { get; init; }

    /// <summary>Only targets this agency leads or coordinates (agency code, e.g. DOH).</summary>
    [QueryParam]
    public string? Agency { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Domain).Matches("^[a-z-]{1,40}$")
                .WithMessage(Problems.Bilingual("Mã lĩnh vực không hợp lệ.", "domain must be a domain code."));
            RuleFor(r => r.Agency).Matches("^[A-Z-]{1,16}$")
                .WithMessage(Problems.Bilingual("Mã cơ quan không hợp lệ.", "agency must be an agency code."));
        }
    }
}
