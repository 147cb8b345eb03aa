using System.Globalization;
using EqualityTracker.Api.Shapes;

namespace EqualityTracker.Api.Domain;

/// <summary>"Copy as next plan": the content of an issued plan, moved to the next period, as a new draft.</summary>
/// <remarks>
/// Everything moves by the difference of the start years (2021–2025 → 2026–2030: five years): targets' years, activity
/// dates, budget years. A year that would fall after the new period's end is put at the end (a longer plan copied into a
/// shorter one). Baselines are cleared — the new plan's baseline is the data of its own first year, which the progress
/// engine finds — and so are the document's own printed budget totals. The titles' period ("2021-2025", "2021 - 2025")
/// is rewritten. Indicators the old plan defined are in the catalogue by now: the copy refers to them.
/// </remarks>
public static class PlanCopy
{
    public static PlanContent Next(PlanContent source, int startYear, int endYear)
    {
        var shift = startYear - source.StartYear;
        int Year(int year) => Math.Min(year + shift, endYear);
        string Date(string text) => PlanDraftRules.Date(text) is { } date
            ? Shifted(date, shift, endYear).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : text;
        string Title(string title) => title
            .Replace($"{source.StartYear}-{source.EndYear}", $"{startYear}-{endYear}", StringComparison.Ordinal)
            .Replace($"{source.StartYear} - {source.EndYear}", $"{startYear} - {endYear}", StringComparison.Ordinal)
            .Replace($"{source.StartYear}–{source.EndYear}", $"{startYear}–{endYear}", StringComparison.Ordinal);

        return new PlanContent
        {
            TitleVi = Title(source.TitleVi),
            TitleEn = Title(source.TitleEn),
            Kind = source.Kind,
            StartYear = startYear,
            EndYear = endYear,
            Implements = source.Implements,
            LegalBasisVi = source.LegalBasisVi,
            LegalBasisEn = source.LegalBasisEn,
            Objectives = source.Objectives.Select(o => new PlanObjective { Number = o.Number, Domain = o.Domain, TitleVi = o.TitleVi, TitleEn = o.TitleEn }).ToList(),
            Targets = source.Targets
                .Select(t => new PlanTarget
                {
                    Objective = t.Objective, Number = t.Number, Indicator = t.Indicator, Comparator = t.Comparator, Value = t.Value,
                    Year = Year(t.Year), TextVi = t.TextVi, TextEn = t.TextEn, Lead = [.. t.Lead], Coordinating = [.. t.Coordinating],
                })
                .DistinctBy(t => (t.Objective, t.Number, t.Year))
                .ToList(),
            Activities = source.Activities.Select(a => new PlanActivity
            {
                Number = a.Number, Domain = a.Domain, Objective = a.Objective, TextVi = a.TextVi, TextEn = a.TextEn, Timing = a.Timing,
                Start = Date(a.Start), End = Date(a.End), Due = a.Due is null ? null : Date(a.Due),
                Lead = [.. a.Lead], Coordinating = [.. a.Coordinating],
                Outputs = a.Outputs.Select(o => new PlanOutput
                {
                    Number = o.Number, TextVi = o.TextVi, TextEn = o.TextEn, Quantity = o.Quantity, Unit = o.Unit, BySex = o.BySex, Per = o.Per,
                    Communes = [.. o.Communes],
                }).ToList(),
            }).ToList(),
            BudgetLines = source.BudgetLines
                .Select(b => new PlanBudgetLine { Line = b.Line, ParentLine = b.ParentLine, TitleVi = b.TitleVi, LeadAgency = b.LeadAgency, Year = Year(b.Year), Source = b.Source, Planned = b.Planned })
                .DistinctBy(b => (b.Line, b.Year, b.Source))
                .ToList(),
            Calendar = source.Calendar.Select(e => new PlanEvent
            {
                Code = e.Code, Kind = e.Kind, PeriodType = e.PeriodType, Month = e.Month, Day = e.Day, EndMonth = e.EndMonth, EndDay = e.EndDay, NameVi = e.NameVi, NameEn = e.NameEn,
            }).ToList(),
            Duties = source.Duties.Select(d => new PlanDuty
            {
                Code = d.Code, Reporter = d.Reporter, Recipient = d.Recipient, ReportKind = d.ReportKind, Month = d.Month, Day = d.Day, EndMonth = d.EndMonth,
                EndDay = d.EndDay, PeriodType = d.PeriodType, NameVi = d.NameVi, NameEn = d.NameEn, SeedSentence = d.SeedSentence,
            }).ToList(),
            Bodies = source.Bodies.Select(b => new PlanBody { Code = b.Code, Kind = b.Kind, NameVi = b.NameVi, NameEn = b.NameEn, Agency = b.Agency }).ToList(),
        };
    }

    private static DateOnly Shifted(DateOnly date, int years, int endYear)
    {
        var moved = date.AddYears(years);
        return moved.Year > endYear ? new DateOnly(endYear, 12, 31) : moved;
    }
}
