using System.Globalization;
using System.Text;

namespace EqualityTracker.Benchmarks;

/// <summary>Synthetic counts by sex that pass every upload rule: parts add up to totals, wage and farm work within
/// employment, deaths within births. 29 rows per area and year.</summary>
public static class Synthetic
{
    public const int RowsPerAreaYear = 29;

    /// <summary>The rows of one area and year, in upload order: (code, sex, value).</summary>
    public static IEnumerable<(string Code, string Sex, int Value)> Rows(Random random)
    {
        IEnumerable<(string, string, int)> BySex(string code, int female, int male) => [(code, "F", female), (code, "M", male), (code, "_T", female + male)];

        var girls = random.Next(80, 160);
        foreach (var row in BySex("LIVE_BIRTHS", girls, girls * random.Next(104, 118) / 100)) yield return row;
        yield return ("MATERNAL_DEATHS", "_T", random.Next(0, 2));
        var women1519 = random.Next(300, 600);
        yield return ("WOMEN_15_19", "F", women1519);
        yield return ("BIRTHS_WOMEN_15_19", "_T", women1519 * random.Next(5, 30) / 1000);
        var (employedF, employedM) = (random.Next(2000, 4000), random.Next(2000, 4000));
        foreach (var row in BySex("EMPLOYED", employedF, employedM)) yield return row;
        foreach (var row in BySex("WAGE_EMPLOYED", employedF * random.Next(30, 60) / 100, employedM * random.Next(30, 60) / 100)) yield return row;
        foreach (var row in BySex("AGRI_EMPLOYED", employedF * random.Next(20, 50) / 100, employedM * random.Next(20, 50) / 100)) yield return row;
        foreach (var row in BySex("ENTERPRISE_DIRECTORS", random.Next(5, 20), random.Next(20, 60))) yield return row;
        foreach (var row in BySex("VOCATIONAL_ENROLMENTS", random.Next(20, 60), random.Next(40, 120))) yield return row;
        foreach (var row in BySex("MASTERS_HOLDERS", random.Next(10, 40), random.Next(10, 40))) yield return row;
        foreach (var row in BySex("DOCTORATE_HOLDERS", random.Next(0, 4), random.Next(0, 8))) yield return row;
        var agencies = random.Next(10, 20);
        yield return ("STATE_AGENCIES", "_T", agencies);
        yield return ("AGENCIES_FEMALE_KEY_LEADER", "_T", random.Next(0, agencies));
    }

    /// <summary>Writes an upload CSV of about <paramref name="targetRows"/> rows over the given areas, years ending 2025.</summary>
    public static int WriteCsv(string path, IReadOnlyList<string> areas, int targetRows)
    {
        var years = (int)Math.Ceiling(targetRows / (double)(areas.Count * RowsPerAreaYear));
        var random = new Random(1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("code,area,period,sex,value,note");
        var written = 0;
        for (var year = 2025 - years + 1; year <= 2025; year++)
        {
            foreach (var area in areas)
            {
                foreach (var (code, sex, value) in Rows(random))
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{code},{area},{year},{sex},{value},\n"));
                    written++;
                }
            }
        }

        return written;
    }
}
