using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.Create;

public sealed class Request
{
    /// <summary>The new plan's code, e.g. NB-2026-2030 (letters, digits, '.', '_', '-'; at most 40).</summary>
    public string Code { get; init; } = "";

    public string TitleVi { get; init; } = "";
    public string TitleEn { get; init; } = "";

    /// <summary>The issuing area's GSO code (VN for a national strategy), read on the map in force on the plan's start date.</summary>
    public string Area { get; init; } = "";

    public int StartYear { get; init; }
    public int EndYear { get; init; }

    /// <summary>The code of the plan it implements (the national strategy for a province; the province's plan for a commune), or null.</summary>
    public string? Implements { get; init; }

    /// <summary><c>five-year</c> (default), <c>annual</c> or <c>strategy</c>.</summary>
    [Vocabulary(typeof(PlanKinds))]
    public string? Kind { get; init; }

    public string? LegalBasisVi { get; init; }
    public string? LegalBasisEn { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Code).Must(PlanDraftRules.IsPlanCode)
                .WithMessage(Problems.Bilingual("Mã kế hoạch: chữ, số, '.', '_', '-', tối đa 40 ký tự.", "code is letters, digits, '.', '_', '-', at most 40."));
            RuleFor(r => r.Area).Matches("^[0-9A-Z]{1,16}$")
                .WithMessage(Problems.Bilingual("Mã đơn vị hành chính không hợp lệ.", "area must be an area code."));
        }
    }
}
