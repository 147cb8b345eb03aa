using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.Copy;

public sealed class Request
{
    /// <summary>The issued plan to start from.</summary>
    public string Code { get; init; } = "";

    /// <summary>The new plan's code, e.g. NB-2026-2030.</summary>
    public string NewCode { get; init; } = "";

    public int StartYear { get; init; }
    public int EndYear { get; init; }

    /// <summary>The issuing area's GSO code; by default the source plan's, read on the new plan's start date.</summary>
    public string? Area { get; init; }

    /// <summary>The new titles; by default the source's, with its period rewritten.</summary>
    public string? TitleVi { get; init; }

    public string? TitleEn { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.NewCode).Must(PlanDraftRules.IsPlanCode)
                .WithMessage(Problems.Bilingual("Mã kế hoạch: chữ, số, '.', '_', '-', tối đa 40 ký tự.", "newCode is letters, digits, '.', '_', '-', at most 40."));
            RuleFor(r => r.Area).Matches("^[0-9A-Z]{1,16}$")
                .WithMessage(Problems.Bilingual("Mã đơn vị hành chính không hợp lệ.", "area must be an area code."));
        }
    }
}
