using EqualityTracker.Api.Common;
using EqualityTracker.Api.Domain;

namespace EqualityTracker.Api.Features.Plans.Budget;

/// <summary>A plan's budget table, the product's totals, and every difference with the totals the document prints.</summary>
public sealed class Response
{
    public required string Plan { get; init; }

    /// <summary>Amounts are in million VND (triệu đồng).</summary>
    public required string Unit { get; init; }

    /// <summary>How the computed totals are made.</summary>
    public required string Formula { get; init; }

    /// <summary>The table's lines in its order; a sub-line names its parent.</summary>
    public required IReadOnlyList<BudgetLine> Lines { get; init; }

    /// <summary>Totals the product computes from the lines.</summary>
    public required ComputedTotals Computed { get; init; }

    /// <summary>Each total the document prints, beside the computed one; a difference is shown, never corrected.</summary>
    public required IReadOnlyList<StatedTotalCheck> Stated { get; init; }

    /// <summary>Lines whose amount differs from the sum of their sub-lines (empty when the table agrees with itself).</summary>
    public required IReadOnlyList<SubLineDifference> SubLineDifferences { get; init; }
}

public sealed class BudgetLine
{
    public required string Line { get; init; }
    public string? Parent { get; init; }
    public required string TitleVi { get; init; }

    /// <summary>The agency that leads the line, when the table names one.</summary>
    public string? LeadAgency { get; init; }

    public required IReadOnlyList<BudgetLineAmount> Amounts { get; init; }

    /// <summary>The line's amounts added up (every year and source).</summary>
    public required double Total { get; init; }
}

public sealed class BudgetLineAmount
{
    public required int Year { get; init; }

    [Vocabulary(typeof(BudgetSources))]
    public required string Source { get; init; }

    public required double Planned { get; init; }
}

public sealed class ComputedTotals
{
    public required double Total { get; init; }
    public required IReadOnlyList<YearTotal> ByYear { get; init; }
    public required IReadOnlyList<SourceTotal> BySource { get; init; }
}

public sealed class YearTotal
{
    public required int Year { get; init; }
    public required double Amount { get; init; }
}

public sealed class SourceTotal
{
    [Vocabulary(typeof(BudgetSources))]
    public required string Source { get; init; }

    public required double Amount { get; init; }
}

public sealed class StatedTotalCheck
{
    /// <summary><c>total</c>, <c>year</c>, <c>source</c> or <c>line</c>: which amounts the printed figure covers.</summary>
    [Vocabulary(typeof(BudgetTotalScopes))]
    public required string Scope { get; init; }

    public int? Year { get; init; }

    [Vocabulary(typeof(BudgetSources))]
    public string? Source { get; init; }

    public string? Line { get; init; }

    /// <summary>As printed.</summary>
    public required double Stated { get; init; }

    /// <summary>The product's sum of the same amounts.</summary>
    public required double Computed { get; init; }

    /// <summary>Computed minus stated.</summary>
    public required double Difference { get; init; }

    /// <summary>Top-level lines whose amounts in this scope add up to exactly the difference: the lines the printed total left out.</summary>
    public required IReadOnlyList<string> ExplainedBy { get; init; }

    /// <summary>The document's sentence or table row the figure was read from.</summary>
    public required string SeedSentence { get; init; }
}

public sealed class SubLineDifference
{
    public required string Line { get; init; }
    public required int Year { get; init; }

    [Vocabulary(typeof(BudgetSources))]
    public required string Source { get; init; }

    public required double Planned { get; init; }
    public required double SubLines { get; init; }
    public required double Difference { get; init; }
}
