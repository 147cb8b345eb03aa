using EqualityTracker.Api.Shapes;
using System.Globalization;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Catalogue;

/// <summary>The seeded catalogue, read through the API, equals the reference files row for row.</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class CatalogueMatchesReferenceTests(DatabaseProvider provider) : ApiTest(provider)
{
    /// <summary>Where the seed's own text corrects reference/plan-targets.csv (migration 0020): Phú Thọ's section VII makes
    /// Information and Communications the lead of communication with DOLISA coordinating, and names no coordinator for 1.3
    /// and 1.4.</summary>
    private static readonly Dictionary<string, (IReadOnlyList<string> Lead, IReadOnlyList<string> Coordinating)> SeedCorrections = new()
    {
        ["PT-2016-2020 1.1 (2020)"] = (["DIC"], ["DOLISA"]),
        ["PT-2016-2020 1.2 (2020)"] = (["DIC"], ["DOLISA"]),
        ["PT-2016-2020 1.3 (2020)"] = (["DOLISA"], []),
        ["PT-2016-2020 1.4 (2020)"] = (["DOHA"], []),
    };

    [TestCase("plan-targets.csv")]
    [TestCase("national-targets.csv")]
    public async Task Targets_EqualTheReferenceCsvRowForRow(string file)
    {
        var expected = ReferenceCsv.Read(file);

        foreach (var plan in expected.GroupBy(row => row["plan"]))
        {
            var targets = await (await Client.GetAsync($"/api/plans/{plan.Key}/targets")).ReadAsync<List<TargetResponse>>();

            Assert.That(targets, Has.Count.EqualTo(plan.Count()), plan.Key);
            foreach (var row in plan)
            {
                var key = $"{plan.Key} {row["objective"]}.{row["indicator"]} ({row["target_year"]})";
                var target = targets.SingleOrDefault(t =>
                    t.Objective.ToString(CultureInfo.InvariantCulture) == row["objective"] && t.Number == row["indicator"] &&
                    t.Year.ToString(CultureInfo.InvariantCulture) == row["target_year"]);
                Assert.That(target, Is.Not.Null, key);
                Assert.Multiple(() =>
                {
                    Assert.That(target!.Domain, Is.EqualTo(row["domain"]), key);
                    Assert.That(target.TextVi, Is.EqualTo(row["target_vi"]), key);
                    Assert.That(target.TextEn, Is.EqualTo(row["target_en"]), key);
                    Assert.That(target.UnitEn, Is.EqualTo(row["unit"]), key);
                    Assert.That(target.Comparator, Is.EqualTo(row["comparator"]), key);
                    Assert.That(target.Value, Is.EqualTo(decimal.Parse(row["target"], CultureInfo.InvariantCulture)), key);
                    if (row.TryGetValue("lead_agencies", out var lead))
                    {
                        var (leads, coordinating) = SeedCorrections.TryGetValue(key, out var corrected)
                            ? corrected
                            : (ReferenceCsv.Codes(lead), ReferenceCsv.Codes(row["coordinating_agencies"]));
                        Assert.That(target.LeadAgencies, Is.EqualTo(leads), key);
                        Assert.That(target.CoordinatingAgencies, Is.EqualTo(coordinating), key);
                        Assert.That(target.Source, Is.EqualTo("seeds/" + row["seed"]), key);
                    }
                    else
                    {
                        Assert.That(target.Source, Is.EqualTo(row["source"]), key);
                        Assert.That(target.Confidence, Is.EqualTo(row["confidence"]), key);
                    }
                });
            }
        }
    }

    [Test]
    public async Task Plans_AreTheFiveSeedPlansAndTheTwoNationalStrategies()
    {
        var plans = await (await Client.GetAsync("/api/plans")).ReadJsonAsync();

        var codes = plans.EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.That(codes, Is.EquivalentTo(new[] { "QN-2011-2015", "PT-2016-2020", "TN-2017", "BS-2018", "NB-2021-2025", "VN-2011-2020", "VN-2021-2030" }));
    }

    [Test]
    public async Task Areas_HoldEveryProvinceAndTheSeedProvincesDistrictsAndCommunes()
    {
        var provinces = ReferenceCsv.Read("areas/provinces_63_gso_2019-12-01.csv");
        var seeded = new[] { "ninh_binh", "phu_tho", "quang_ninh", "thai_nguyen" };
        var districts = seeded.SelectMany(p => ReferenceCsv.Read($"areas/districts_{p}_2019-12-01.csv")).ToList();
        var communes = seeded.SelectMany(p => ReferenceCsv.Read($"areas/communes_{p}_2019-12-01.csv")).ToList();

        var level1 = await (await Client.GetAsync("/api/areas?level=1&date=2019-12-01")).ReadJsonAsync();
        var level2 = await (await Client.GetAsync("/api/areas?level=2&date=2019-12-01")).ReadJsonAsync();
        var level3 = await (await Client.GetAsync("/api/areas?level=3&date=2019-12-01")).ReadJsonAsync();

        Assert.That(level1.EnumerateArray().Select(a => a.GetProperty("code").GetString()), Is.EquivalentTo(provinces.Select(p => p["gso_province_code"])));
        Assert.That(level2.EnumerateArray().Select(a => a.GetProperty("code").GetString()),
            Is.EquivalentTo(districts.Select(d => d["gso_district_code"]).Append("381")), "districts of the seed provinces, and Bỉm Sơn");
        Assert.That(level3.EnumerateArray().Select(a => a.GetProperty("code").GetString()), Is.EquivalentTo(communes.Select(c => c["gso_commune_code"])));
        foreach (var commune in communes.Take(20))
        {
            var area = await (await Client.GetAsync($"/api/areas/{commune["gso_commune_code"]}?date=2019-12-01")).ReadJsonAsync();
            Assert.That(area.GetProperty("area").GetProperty("nameVi").GetString(), Is.EqualTo(commune["commune_name_vi"]));
            Assert.That(area.GetProperty("area").GetProperty("parentCode").GetString(), Is.EqualTo(commune["gso_district_code"]));
        }
    }

    [TestCase("NB-2021-2025", "annual-report:12/10")]
    [TestCase("TN-2017", "half-year-report:6/10", "annual-report:12/10")]
    [TestCase("BS-2018", "plan-report:3/22", "half-year-report:5/22", "gbv-report:12/5", "annual-report:12/17")]
    public async Task ReportingCalendar_HoldsTheDeadlinesTheSeedStates(string plan, params string[] deadlines)
    {
        var body = await (await Client.GetAsync($"/api/plans/{plan}")).ReadJsonAsync();

        var calendar = body.GetProperty("reportingCalendar").EnumerateArray().ToList();
        var actual = calendar.Where(e => e.GetProperty("kind").GetString() == "deadline")
            .Select(e => $"{e.GetProperty("code").GetString()}:{e.GetProperty("month").GetInt32()}/{e.GetProperty("day").GetInt32()}");
        Assert.That(actual, Is.EquivalentTo(deadlines));
        var actionMonth = calendar.Single(e => e.GetProperty("code").GetString() == "action-month");
        Assert.That(
            (actionMonth.GetProperty("month").GetInt32(), actionMonth.GetProperty("day").GetInt32(),
             actionMonth.GetProperty("endMonth").GetInt32(), actionMonth.GetProperty("endDay").GetInt32()),
            Is.EqualTo((11, 15, 12, 15)), "the Action Month runs 15 November – 15 December");
    }
}
