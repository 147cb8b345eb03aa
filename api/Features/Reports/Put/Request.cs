using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;
using FastEndpoints;
using FluentValidation;

namespace EqualityTracker.Api.Features.Reports.Put;

public sealed class Request : ReportKey
{
    public string? Results { get; init; }
    public string? Difficulties { get; init; }
    public string? Proposals { get; init; }
    public IReadOnlyList<Item> Items { get; init; } = [];

    public sealed class Item
    {
        /// <summary>The activity's number in the plan; one the body leads or coordinates.</summary>
        public string Activity { get; init; } = "";

        /// <summary>not-started, in-progress, done, postponed or cancelled.</summary>
        [Vocabulary(typeof(ActivityStatuses))]
        public string Status { get; init; } = "";

        public string? Note { get; init; }
        public IReadOnlyList<Output> Outputs { get; init; } = [];

        /// <summary>Outputs achieved beyond the ones the plan lists for the activity (at most 20).</summary>
        public IReadOnlyList<AdditionalOutput> AdditionalOutputs { get; init; } = [];

        public IReadOnlyList<Spending> Spent { get; init; } = [];
    }

    /// <summary>An output achieved beyond the planned ones: whole counts; women and men only where the unit counts people, together at most the total.</summary>
    public sealed class AdditionalOutput
    {
        [Vocabulary(typeof(OutputUnits))]
        public string Unit { get; init; } = "";

        public string Description { get; init; } = "";
        public double Total { get; init; }
        public double? Female { get; init; }
        public double? Male { get; init; }

        public AchievedOutput ToAchieved() => new(Unit, Description.Trim(), Total, Female, Male);
    }

    public sealed class Output
    {
        public int Number { get; init; }

        [Vocabulary(typeof(Sex))]
        public string Sex { get; init; } = "";

        public double Achieved { get; init; }
    }

    public sealed class Spending
    {
        [Vocabulary(typeof(BudgetSources))]
        public string Source { get; init; } = "";

        public double Amount { get; init; }
    }

    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Results).MaximumLength(4000).WithMessage(Problems.Bilingual("Kết quả dài quá 4000 ký tự.", "results is longer than 4000 characters."));
            RuleFor(r => r.Difficulties).MaximumLength(4000).WithMessage(Problems.Bilingual("Khó khăn dài quá 4000 ký tự.", "difficulties is longer than 4000 characters."));
            RuleFor(r => r.Proposals).MaximumLength(4000).WithMessage(Problems.Bilingual("Kiến nghị dài quá 4000 ký tự.", "proposals is longer than 4000 characters."));
            RuleFor(r => r.Items).Must(items => items.Select(i => i.Activity).Distinct().Count() == items.Count)
                .WithMessage(Problems.Bilingual("Mỗi hoạt động chỉ báo cáo một lần.", "Each activity is reported once."));
            RuleForEach(r => r.Items).ChildRules(item =>
            {
                item.RuleFor(i => i.Status).Must(ActivityStatuses.All.Contains)
                    .WithMessage(Problems.Bilingual("Trạng thái phải là not-started, in-progress, done, postponed hoặc cancelled.", "status must be not-started, in-progress, done, postponed or cancelled."));
                item.RuleFor(i => i.Note).MaximumLength(2000).WithMessage(Problems.Bilingual("Ghi chú dài quá 2000 ký tự.", "note is longer than 2000 characters."));
                item.RuleForEach(i => i.Outputs).ChildRules(output =>
                {
                    output.RuleFor(o => o.Sex).Must(Sex.IsCode).WithMessage(Problems.Bilingual("Giới tính phải là F, M hoặc _T.", "sex must be F, M or _T."));
                    output.RuleFor(o => o.Achieved).InclusiveBetween(0, 1e9).WithMessage(Problems.Bilingual("Số đạt được phải từ 0 đến 1 tỷ.", "achieved must be between 0 and 1e9."));
                });
                item.RuleFor(i => i.AdditionalOutputs).Must(o => o.Count <= AchievedOutputs.MaxPerActivity)
                    .WithMessage(Problems.Bilingual($"Tối đa {AchievedOutputs.MaxPerActivity} đầu ra khác cho mỗi hoạt động.", $"At most {AchievedOutputs.MaxPerActivity} additional outputs per activity."));
                item.RuleForEach(i => i.AdditionalOutputs).Custom((output, context) =>
                {
                    foreach (var (vi, en) in AchievedOutputs.Problems(output.ToAchieved()))
                    {
                        context.AddFailure(Problems.Bilingual(vi, en));
                    }
                });
                item.RuleForEach(i => i.Spent).ChildRules(spent =>
                {
                    spent.RuleFor(s => s.Source).Must(BudgetSources.All.Contains)
                        .WithMessage(Problems.Bilingual("Nguồn phải là central, provincial hoặc other.", "source must be central, provincial or other."));
                    spent.RuleFor(s => s.Amount).InclusiveBetween(0, 1e9).WithMessage(Problems.Bilingual("Số tiền phải từ 0 đến 1 tỷ (triệu đồng).", "amount must be between 0 and 1e9 (million VND)."));
                });
            });
        }
    }
}
