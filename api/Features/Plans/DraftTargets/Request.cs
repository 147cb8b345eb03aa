using System.Text;
using EqualityTracker.Api.Common;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Plans.DraftTargets;

public sealed class Request
{
    /// <summary>At most 64 kB of UTF-8: the body limit of every JSON request, and far more than an objectives section.</summary>
    public const int MaxTextBytes = 64 * 1024;

    /// <summary>The pasted objectives section ("MỤC TIÊU … Chỉ tiêu 1: …"), as copied from the plan's document.</summary>
    public string Text { get; init; } = "";

    /// <summary>The year of targets whose text and headings name none: usually the plan's end year (optional).</summary>
    public int? Year { get; init; }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Text).NotEmpty()
                .WithMessage(Problems.Bilingual("Cần dán nội dung phần mục tiêu của kế hoạch.", "text is required: paste the plan's objectives section."));
            RuleFor(r => r.Text).Must(t => t is null || Encoding.UTF8.GetByteCount(t) <= MaxTextBytes)
                .WithMessage(Problems.Bilingual($"Nội dung dài quá {MaxTextBytes / 1024} kB.", $"text is longer than {MaxTextBytes / 1024} kB."));
            RuleFor(r => r.Year).InclusiveBetween(1900, 2100)
                .WithMessage(Problems.Bilingual("'year' phải là một năm như 2030.", "year must be a year such as 2030."));
        }
    }
}
