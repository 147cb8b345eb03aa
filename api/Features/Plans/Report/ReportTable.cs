using EqualityTracker.Api.Shapes;
using System.Globalization;

namespace EqualityTracker.Api.Features.Plans.Report;

/// <summary>The annual report table the coordinating department sends: one row per target, a column per plan year.</summary>
public static class ReportTable
{
    public static IReadOnlyList<string> Header(int startYear, int endYear) =>
        new[] { "Mục tiêu / Objective", "Chỉ tiêu / Target", "Nội dung / Text", "Chủ trì / Lead agency", "Đơn vị / Unit", "Cơ sở / Baseline" }
            .Concat(Enumerable.Range(startYear, endYear - startYear + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)))
            .Concat(["Mục tiêu đặt ra / Goal", "Trạng thái / Status"])
            .ToList();

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<TargetProgress> targets, int startYear, int endYear, IReadOnlyDictionary<string, string> agencyNames) =>
        targets.Select(t =>
        {
            var byYear = t.Series.ToDictionary(p => p.Year, p => p.Value);
            string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
            return (IReadOnlyList<string>)new[]
                {
                    t.Objective.ToString(CultureInfo.InvariantCulture),
                    $"{t.Objective}.{t.Number}",
                    t.TextVi,
                    string.Join("; ", t.LeadAgencies.Select(a => agencyNames.GetValueOrDefault(a, a))),
                    t.UnitVi,
                    t.Baseline is { } b ? $"{Number(b.Value)} ({b.Year})" : "",
                }
                .Concat(Enumerable.Range(startYear, endYear - startYear + 1).Select(y => byYear.TryGetValue(y, out var v) ? Number(v) : ""))
                .Concat([$"{t.Comparator} {Number(t.Value)} ({t.Year})", t.Status])
                .ToList();
        });
}

/// <summary>A report file as it is sent, and the area it is for (its file name says so).</summary>
public sealed record ReportFile(byte[] Bytes, string Area);
