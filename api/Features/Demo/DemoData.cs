using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Uploads.Create;
using NodaTime;

namespace EqualityTracker.Api.Features.Demo;

/// <summary>Clearly labelled demonstration values (source <c>demo</c>) so a newcomer sees numbers at once.</summary>
/// <remarks>
/// Generated deterministically (a fixed seed, a fixed order) for the seed provinces and their districts, from 2016 to
/// last year in Viet Nam's time: counts by sex per district (births, deaths of mothers, employment, directors,
/// agencies), and per province the averages and directly entered percentages that do not add up across areas.
/// The provinces merged into the new Ninh Bình, Phú Thọ and Thái Nguyên on 1 July 2025 (Hà Nam 35, Nam Định 36,
/// Hòa Bình 17, Vĩnh Phúc 26, Bắc Kạn 06) get the same counts at province level (their districts are not seeded), so the
/// new provinces' series before 1 July 2025 are their predecessors' sums. Every demo year begins before 1 July 2025
/// (last year is 2025 until 2027), so every demo value sits on an old unit; none is generated on the new map.
/// Never in Production; <c>Demo:Enabled=false</c> switches it off in Development too.
/// </remarks>
public sealed class DemoData(WriteScopes writes, IClock clock, ILogger<DemoData> logger)
{
    public const string Source = "demo";

    private static readonly string[] Provinces = ["37", "25", "22", "19"];

    /// <summary>The merged provinces with counts at province level, and their communes on 2019-12-01 (their size).</summary>
    private static readonly (string Code, int Communes)[] MergedProvinces = [("35", 116), ("36", 229), ("17", 210), ("26", 137), ("06", 122)];

    private const string CountSql = "SELECT COUNT(*) FROM data_values WHERE source = 'demo'";

    private const string DistrictsSql = """
        SELECT d.code AS Code, d.parent_code AS Province, (SELECT COUNT(*) FROM areas c WHERE c.parent_code = d.code AND c.valid_from IS NULL) AS Communes
        FROM areas d
        WHERE d.parent_code IN @Provinces AND d.level = 2 AND d.valid_from IS NULL
        ORDER BY d.code
        """;

    private static readonly string[] Columns = ["measure_code", "area_code", "period", "sex", "value", "source", "entered_by", "entered_at"];

    public async Task SeedAsync(IHostEnvironment environment, CancellationToken ct = default)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demonstration data is never generated in Production.");
        }

        await using var work = await writes.BeginAsync(ct);
        var (connection, transaction) = (work.Connection, work.Transaction);
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountSql, transaction: transaction, cancellationToken: ct)) > 0)
        {
            return;
        }

        var districts = (await connection.QueryAsync<District>(new CommandDefinition(DistrictsSql, new { Provinces }, transaction, cancellationToken: ct))).AsList();
        var lastYear = clock.GetCurrentInstant().InZone(Domain.ReportingCalendar.VietNam).Year - 1;
        var values = Generate(districts, 2016, lastYear).ToList();

        var insert = writes.Database.Dialect.InsertIfAbsent("data_values", Columns, ["measure_code", "area_code", "period", "sex"]);
        var enteredAt = InstantText.Format(clock.GetCurrentInstant());
        foreach (var v in values)
        {
            await connection.ExecuteAsync(new CommandDefinition(insert,
                new { v.MeasureCode, v.AreaCode, v.Period, v.Sex, v.Value, Source, EnteredBy = Source, EnteredAt = enteredAt }, transaction, cancellationToken: ct));
        }

        await work.CommitAsync();
        logger.LogInformation("Generated {Count} demonstration values (source 'demo')", values.Count);
    }

    /// <summary>The values, in a fixed order from a fixed seed: the same every time.</summary>
    public static IEnumerable<(string MeasureCode, string AreaCode, string Period, string Sex, double Value)> Generate(
        IReadOnlyList<District> districts, int firstYear, int lastYear)
    {
        var random = new Random(2021);
        foreach (var district in districts)
        {
            foreach (var value in Counts(random, district.Code, Math.Max(district.Communes, 3), firstYear, lastYear))
            {
                yield return value;
            }
        }

        foreach (var value in ProvinceFigures(random, districts.Select(d => d.Province).Distinct(), firstYear, lastYear))
        {
            yield return value;
        }

        // The merged provinces: a seed of their own, so the values above stay what they were.
        var merged = new Random(2025);
        foreach (var (code, communes) in MergedProvinces)
        {
            foreach (var value in Counts(merged, code, communes, firstYear, lastYear))
            {
                yield return value;
            }
        }

        // Ninh Bình 3.2's violence counts, district by district: DOLISA's gender-based violence, DCS's domestic violence.
        var violence = new Random(32);
        foreach (var district in districts.Where(d => d.Province == "37"))
        {
            foreach (var value in ViolenceCounts(violence, district.Code, firstYear, lastYear))
            {
                yield return value;
            }
        }
    }

    /// <summary>Detected victims and perpetrators and how many were reached or counselled, per supplier, year by year.</summary>
    private static IEnumerable<(string MeasureCode, string AreaCode, string Period, string Sex, double Value)> ViolenceCounts(
        Random random, string area, int firstYear, int lastYear)
    {
        for (var year = firstYear; year <= lastYear; year++)
        {
            var t = year - firstYear;
            var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (prefix, victims, perpetrators) in new[] { ("GBV", 8, 5), ("DV", 14, 9) })
            {
                var detected = victims + random.Next(0, 8);
                yield return ($"{prefix}_VICTIMS_DETECTED", area, period, "_T", detected);
                yield return ($"{prefix}_VICTIMS_REACHED", area, period, "_T", Math.Min(detected, Math.Round(detected * Math.Min(0.95, 0.55 + (0.04 * t) + (random.NextDouble() * 0.08)))));
                var perpetratorsDetected = perpetrators + random.Next(0, 5);
                yield return ($"{prefix}_PERPETRATORS_DETECTED", area, period, "_T", perpetratorsDetected);
                yield return ($"{prefix}_PERPETRATORS_ADVISED", area, period, "_T", Math.Min(perpetratorsDetected, Math.Round(perpetratorsDetected * Math.Min(0.9, 0.3 + (0.04 * t) + (random.NextDouble() * 0.08)))));
            }
        }
    }

    /// <summary>One area's counts by sex, year by year (births, deaths of mothers, employment, directors, agencies).</summary>
    private static IEnumerable<(string MeasureCode, string AreaCode, string Period, string Sex, double Value)> Counts(
        Random random, string area, int size, int firstYear, int lastYear)
    {
        double Noise(double spread) => (random.NextDouble() - 0.5) * 2 * spread;
        {
            var bias = Noise(3);
            for (var year = firstYear; year <= lastYear; year++)
            {
                var t = year - firstYear;
                var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);

                var births = Math.Round((size * 45) + Noise(size * 4));
                var srb = 116 - (0.7 * t) + bias + Noise(2.5);
                var boys = Math.Round(births * srb / (100 + srb));
                foreach (var v in BySex("LIVE_BIRTHS", births - boys, boys))
                {
                    yield return (v.Code, area, period, v.Sex, v.Value);
                }

                yield return ("MATERNAL_DEATHS", area, period, "_T", random.NextDouble() < births * (46 - (1.6 * t)) / 100_000 ? 1 : 0);

                var girls1519 = Math.Round(size * 130 + Noise(size * 10));
                yield return ("WOMEN_15_19", area, period, "F", girls1519);
                yield return ("BIRTHS_WOMEN_15_19", area, period, "_T", Math.Round(girls1519 * (26 - (0.9 * t) + Noise(3)) / 1000));

                var employedF = Math.Round(size * 900 + Noise(size * 50));
                var employedM = Math.Round(size * 950 + Noise(size * 50));
                foreach (var v in BySex("EMPLOYED", employedF, employedM))
                {
                    yield return (v.Code, area, period, v.Sex, v.Value);
                }

                foreach (var v in BySex("WAGE_EMPLOYED", Math.Round(employedF * (0.36 + (0.016 * t) + Noise(0.02))), Math.Round(employedM * (0.45 + (0.01 * t) + Noise(0.02)))))
                {
                    yield return (v.Code, area, period, v.Sex, v.Value);
                }

                foreach (var v in BySex("AGRI_EMPLOYED", Math.Round(employedF * (0.46 - (0.018 * t) + Noise(0.03))), Math.Round(employedM * (0.40 - (0.015 * t) + Noise(0.03)))))
                {
                    yield return (v.Code, area, period, v.Sex, v.Value);
                }

                var directors = Math.Round(size * 22 + Noise(size * 3));
                var femaleDirectors = Math.Round(directors * (0.17 + (0.006 * t) + Noise(0.02)));
                foreach (var v in BySex("ENTERPRISE_DIRECTORS", femaleDirectors, directors - femaleDirectors))
                {
                    yield return (v.Code, area, period, v.Sex, v.Value);
                }

                var agencies = size + 12;
                yield return ("STATE_AGENCIES", area, period, "_T", agencies);
                yield return ("AGENCIES_FEMALE_KEY_LEADER", area, period, "_T", Math.Min(agencies, Math.Round(agencies * (0.34 + (0.025 * t) + Noise(0.05)))));
            }
        }
    }

    /// <summary>Per province, the averages and directly entered percentages that do not add up across areas.</summary>
    private static IEnumerable<(string MeasureCode, string AreaCode, string Period, string Sex, double Value)> ProvinceFigures(
        Random random, IEnumerable<string> provinces, int firstYear, int lastYear)
    {
        double Noise(double spread) => (random.NextDouble() - 0.5) * 2 * spread;
        foreach (var province in provinces)
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                var t = year - firstYear;
                var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return ("UNPAID_CARE_HOURS", province, period, "F", Math.Round(21 - (0.35 * t) + Noise(0.8), 1));
                yield return ("UNPAID_CARE_HOURS", province, period, "M", Math.Round(9.5 + (0.25 * t) + Noise(0.5), 1));
                foreach (var (code, female, total) in new[] { ("VOCATIONAL_ENROLMENTS", 0.27, 9000.0), ("MASTERS_HOLDERS", 0.44, 2400.0), ("DOCTORATE_HOLDERS", 0.24, 160.0) })
                {
                    var all = Math.Round(total * (1 + (0.03 * t)) + Noise(total * 0.05));
                    var women = Math.Round(all * (female + (0.005 * t) + Noise(0.01)));
                    foreach (var v in BySex(code, women, all - women))
                    {
                        yield return (v.Code, province, period, v.Sex, v.Value);
                    }
                }

                foreach (var (code, start, step) in new[]
                {
                    ("GBV_VICTIMS_SUPPORTED", 52.0, 3.5), ("GBV_PERPETRATORS_COUNSELLED", 30.0, 3.0), ("TRAFFICKING_VICTIMS_SUPPORTED", 85.0, 1.5),
                    ("SOCIAL_FACILITIES_GBV", 40.0, 3.0), ("ORGANISATIONS_BRIEFED", 70.0, 3.0), ("COMMUNES_GE_NEWS", 60.0, 4.0),
                    ("BROADCASTERS_GE_PROGRAMME", 75.0, 2.5), ("GE_KNOWLEDGE_REACH", 35.0, 2.8),
                })
                {
                    var share = Math.Round(Math.Clamp(start + (step * t) + Noise(2), 0, 100), 1);
                    if (code is "GBV_VICTIMS_SUPPORTED" or "GBV_PERPETRATORS_COUNSELLED")
                    {
                        continue; // computed from the violence counts since migration 0027 (drawn all the same, so the values after stay)
                    }

                    yield return (code, province, period, "_T", share);
                }

                foreach (var (code, start) in new[] { ("EM_PRIMARY_COMPLETION", 84.0), ("EM_LOWER_SECONDARY_COMPLETION", 72.0) })
                {
                    var girls = Math.Round(Math.Min(100, start + (1.1 * t) + Noise(1.5)), 1);
                    var boys = Math.Round(Math.Min(100, start - 1 + (1.0 * t) + Noise(1.5)), 1);
                    yield return (code, province, period, "F", girls);
                    yield return (code, province, period, "M", boys);
                    yield return (code, province, period, "_T", Math.Round((girls + boys) / 2, 1));
                }

                yield return ("GENDER_CURRICULUM", province, period, "_T", year >= 2022 ? 1 : 0);
                yield return ("LGBT_HEALTH_FACILITIES", province, period, "_T", year >= 2024 ? 1 : 0);
            }
        }
    }

    private static IEnumerable<(string Code, string Sex, double Value)> BySex(string code, double female, double male)
    {
        yield return (code, "F", female);
        yield return (code, "M", male);
        yield return (code, "_T", female + male);
    }

    public sealed class District
    {
        public string Code { get; init; } = "";
        public string Province { get; init; } = "";
        public int Communes { get; init; }
    }
}
