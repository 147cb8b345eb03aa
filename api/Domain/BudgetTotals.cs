namespace EqualityTracker.Api.Domain;

/// <summary>One planned amount of a budget table: a line, a year, a source (million VND).</summary>
public sealed record BudgetAmount(string Line, string? Parent, int Year, string Source, double Planned);

/// <summary>A total the plan's document prints. Which amounts it covers is given by its scope.</summary>
/// <remarks><c>total</c>: everything; <c>year</c>: one year; <c>source</c>: one source, in one year or all; <c>line</c>: one
/// line, in one year or all.</remarks>
public sealed record StatedTotal(string Scope, int? Year, string? Source, string? Line, double Stated);

/// <summary>A stated total beside the product's own sum of the same amounts, and what explains a difference.</summary>
public sealed record TotalCheck(StatedTotal Total, double Computed, double Difference, IReadOnlyList<string> ExplainedBy);

/// <summary>A line with sub-lines, beside the sum of its sub-lines.</summary>
public sealed record SubLineCheck(string Line, int Year, string Source, double Planned, double SubLines, double Difference);

/// <summary>Budget totals as the product computes them, and every difference with what the document prints.</summary>
/// <remarks>
/// Computed totals sum the top-level lines of the table (I, II, …); a sub-line (II.1) is part of its line and is
/// checked against it separately, so nothing is counted twice. Differences are shown, never "corrected": a printed total
/// that leaves a whole line out (Quảng Ninh 2012–2015: 10,050 printed, 10,140 computed — line V, inspection, 90) is
/// explained by naming the top-level lines whose amounts in the same scope add up to exactly the difference (one line,
/// or two).
/// </remarks>
public static class BudgetTotals
{
    private const double Tolerance = 1e-6;

    /// <summary>The sum of the top-level lines' amounts that <paramref name="include"/> keeps.</summary>
    public static double Sum(IEnumerable<BudgetAmount> amounts, Func<BudgetAmount, bool> include) =>
        amounts.Where(a => a.Parent is null && include(a)).Sum(a => a.Planned);

    /// <summary>Each stated total beside the computed one.</summary>
    public static IReadOnlyList<TotalCheck> Check(IReadOnlyList<BudgetAmount> amounts, IEnumerable<StatedTotal> stated) =>
    [
        .. stated.Select(total =>
        {
            bool InScope(BudgetAmount a) =>
                (total.Year is null || a.Year == total.Year) && (total.Source is null || a.Source == total.Source);
            var computed = total.Scope == "line"
                ? amounts.Where(a => a.Line == total.Line && InScope(a)).Sum(a => a.Planned)
                : Sum(amounts, InScope);
            var difference = computed - total.Stated;
            return new TotalCheck(total, computed, difference,
                total.Scope == "line" || Math.Abs(difference) < Tolerance ? [] : Explain(amounts, InScope, difference));
        }),
    ];

    /// <summary>Every line with sub-lines whose amount differs from its sub-lines' sum, per year and source.</summary>
    public static IReadOnlyList<SubLineCheck> CheckSubLines(IReadOnlyList<BudgetAmount> amounts) =>
    [
        .. amounts.Where(a => amounts.Any(c => c.Parent == a.Line))
            .Select(a =>
            {
                var sub = amounts.Where(c => c.Parent == a.Line && c.Year == a.Year && c.Source == a.Source).Sum(c => c.Planned);
                return new SubLineCheck(a.Line, a.Year, a.Source, a.Planned, sub, a.Planned - sub);
            })
            .Where(c => Math.Abs(c.Difference) >= Tolerance),
    ];

    private static IReadOnlyList<string> Explain(IReadOnlyList<BudgetAmount> amounts, Func<BudgetAmount, bool> inScope, double difference)
    {
        var lines = amounts.Where(a => a.Parent is null && inScope(a))
            .GroupBy(a => a.Line)
            .Select(g => (Line: g.Key, Amount: g.Sum(a => a.Planned)))
            .Where(l => l.Amount > 0)
            .ToList();
        var one = lines.Where(l => Math.Abs(l.Amount - difference) < Tolerance).Select(l => l.Line).ToList();
        if (one.Count == 1)
        {
            return one;
        }

        var two = (from a in lines
                   from b in lines
                   where string.CompareOrdinal(a.Line, b.Line) < 0 && Math.Abs(a.Amount + b.Amount - difference) < Tolerance
                   select new[] { a.Line, b.Line }).ToList();
        return two.Count == 1 ? two[0] : [];
    }
}
