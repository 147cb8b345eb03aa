using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using EqualityTracker.Api.Common;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Values;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityTracker.Tests.Features.Values;

/// <summary>The roll-up done in SQL (what the leaders' reads use) gives the very series the in-memory roll-up gives.</summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class IndicatorRollUpsTests(DatabaseProvider provider) : ApiTest(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };

    [OneTimeSetUp]
    public async Task MixTheDemoData()
    {
        // Arrange: the demo data's district counts, plus what makes roll-ups hard — communes reporting under a district
        // that also reports (its own counts win), communes under a district without counts of that year (they sum),
        // a commune with half a pair (it cannot contribute), a deleted value and values not yet approved.
        (await Client.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        await using var connection = await Database.Database.OpenAsync();
        var communes369 = (await connection.QueryAsync<string>("SELECT code FROM areas WHERE parent_code = '369' ORDER BY code")).AsList();
        var communes370 = (await connection.QueryAsync<string>("SELECT code FROM areas WHERE parent_code = '370' ORDER BY code")).AsList();
        const string insert = """
            INSERT INTO data_values (measure_code, area_code, period, sex, value, entered_by, entered_at, version, deleted, state)
            VALUES (@Code, @Area, @Period, @Sex, @Value, 'test', '2026-01-01T00:00:00.0000000Z', 1, 0, @State)
            """;
        var rows = new List<object>();
        foreach (var (commune, i) in communes369.Take(5).Select((c, i) => (c, i)))
        {
            rows.Add(new { Code = "LIVE_BIRTHS", Area = commune, Period = "2020", Sex = "M", Value = 50.0 + i, State = "approved" });
            rows.Add(new { Code = "LIVE_BIRTHS", Area = commune, Period = "2020", Sex = "F", Value = 45.0 + i, State = i == 0 ? "draft" : "approved" });
        }

        foreach (var (commune, i) in communes370.Take(4).Select((c, i) => (c, i)))
        {
            rows.Add(new { Code = "LIVE_BIRTHS", Area = commune, Period = "2015", Sex = "M", Value = 60.0 + i, State = "approved" });
            if (i != 3)
            {
                rows.Add(new { Code = "LIVE_BIRTHS", Area = commune, Period = "2015", Sex = "F", Value = 55.0 + i, State = "approved" });
            }

            rows.Add(new { Code = "LGBT_HEALTH_FACILITIES", Area = commune, Period = "2015", Sex = "_T", Value = 1.0 + i, State = i == 1 ? "submitted" : "approved" });
        }

        await connection.ExecuteAsync(insert, rows);
        await connection.ExecuteAsync("UPDATE data_values SET deleted = 1 WHERE measure_code = 'EMPLOYED' AND area_code = '369' AND period = '2019' AND sex = 'F'");
        await connection.ExecuteAsync("UPDATE data_values SET state = 'draft' WHERE measure_code = 'MATERNAL_DEATHS' AND area_code = '370' AND period = '2021'");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task EveryIndicator_AtTheCountryProvincesDistrictsAndCommunes_MatchesTheInMemoryRollUp(bool approvedOnly)
    {
        // Arrange
        var catalogue = await Factory.Services.GetRequiredService<CatalogueCache>().GetAsync();
        var indicators = catalogue.Formulas.Keys.Concat(catalogue.Measures.Values.Where(m => m.Kind == "indicator").Select(m => m.Code)).ToList();
        string[] scopes = ["VN", "37", "22", "369", "370", FirstCommune("369")];
        await using var connection = await Database.Database.OpenAsync();

        foreach (var scope in scopes)
        {
            var children = catalogue.AreaChildren[scope].ToList();

            // Act
            var rolledUp = await IndicatorRollUps.LoadAsync(connection, catalogue, indicators, scope, [scope, .. children], approvedOnly, CancellationToken.None);

            // Assert
            foreach (var indicator in indicators)
            {
                var inMemory = await IndicatorSeries.LoadAsync(connection, catalogue, indicator, approvedOnly, null, CancellationToken.None);
                foreach (var area in children.Prepend(scope))
                {
                    Assert.That(Json(rolledUp[indicator].For(area)), Is.EqualTo(Json(inMemory.For(area))), $"{indicator} at {area} (scope {scope}, approvedOnly {approvedOnly})");
                }
            }
        }

        string FirstCommune(string district) => catalogue.AreaChildren[district].First();
    }

    [Test]
    public async Task TheMixedCases_AreReallyThere()
    {
        // Arrange
        var catalogue = await Factory.Services.GetRequiredService<CatalogueCache>().GetAsync();
        await using var connection = await Database.Database.OpenAsync();

        // Act
        var rolledUp = await IndicatorRollUps.LoadAsync(connection, catalogue, ["SRB", "LGBT_HEALTH_FACILITIES"], "370", ["370"], approvedOnly: false, CancellationToken.None);
        var srb2015 = rolledUp["SRB"].For("370").Single(p => p.Period == "2015");

        // Assert: three communes with both counts contribute, the one with only boys does not.
        Assert.That(srb2015.Origin, Is.EqualTo("computed"));
        Assert.That(srb2015.Contributing, Is.EqualTo(3));
        Assert.That(srb2015.Numerator, Is.EqualTo(60 + 61 + 62));
        Assert.That(srb2015.Denominator, Is.EqualTo(55 + 56 + 57));
        Assert.That(rolledUp["LGBT_HEALTH_FACILITIES"].For("370").Single(p => p.Period == "2015").Value, Is.EqualTo(1 + 2 + 3 + 4));
    }

    [Test]
    public async Task TheNationalSumsKeptByTheProcess_BroughtUpToDateByParts_AfterEachWrite_EqualTheWholeStatement()
    {
        // Arrange: national sums kept from now on, and the writes a statistics office makes.
        var catalogue = await Factory.Services.GetRequiredService<CatalogueCache>().GetAsync();
        var version = Factory.Services.GetRequiredService<DataVersion>();
        var indicators = catalogue.Formulas.Keys.Append("LGBT_HEALTH_FACILITIES").ToList();
        string[] areas = ["VN", .. catalogue.AreaChildren["VN"]];
        var kept = new RollUpSums();
        using var statistics = await SignInAsync("statistics-vn");
        var commune = catalogue.AreaChildren["372"].First();
        var writes = new Func<Task<HttpResponseMessage>>[]
        {
            () => statistics.PutAsJsonAsync($"/api/values/LIVE_BIRTHS/{commune}/2021/M", new { value = 80 }),
            () => statistics.PutAsJsonAsync($"/api/values/LIVE_BIRTHS/{commune}/2021/F", new { value = 70 }),
            () => statistics.UploadAsync("communes.csv", UploadFiles.Csv(
                catalogue.AreaChildren["373"].Take(3).SelectMany(c => new[] { $"EMPLOYED,{c},2022,F,900,", $"AGRI_EMPLOYED,{c},2022,F,300," }).ToArray())),
            async () =>
            {
                var current = await statistics.GetAsync($"/api/values/LIVE_BIRTHS/{commune}/2021/F");
                var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/values/LIVE_BIRTHS/{commune}/2021/F");
                delete.Headers.IfMatch.Add(current.Headers.ETag!);
                return await statistics.SendAsync(delete);
            },
        };
        await using var connection = await Database.Database.OpenAsync();
        await AssertByPartsEqualWholeAsync(connection, catalogue, kept, indicators, areas, await version.CurrentAsync());

        foreach (var write in writes)
        {
            // Act
            var response = await write();
            Assert.That((int)response.StatusCode, Is.InRange(200, 299), await response.Content.ReadAsStringAsync());

            // Assert
            await AssertByPartsEqualWholeAsync(connection, catalogue, kept, indicators, areas, await version.CurrentAsync());
        }

        Assert.That(kept.Updates.Partial, Is.GreaterThanOrEqualTo(2 * writes.Length), "each write brought the sums up to date by parts (formulas, direct counts, both readings)");
    }

    [Test]
    public async Task TheNationalSumsKept_AfterASubmissionItsReviewAndAReopening_AreBroughtUpToDateByPartsOnly()
    {
        // Arrange: sums kept at the version now, computed whole once per group and reading; December 2025, before 2025 locks.
        Factory.Clock.Reset(NodaTime.Instant.FromUtc(2025, 12, 1, 3, 0));
        var catalogue = await Factory.Services.GetRequiredService<CatalogueCache>().GetAsync();
        var version = Factory.Services.GetRequiredService<DataVersion>();
        var indicators = catalogue.Formulas.Keys.Append("LGBT_HEALTH_FACILITIES").ToList();
        string[] areas = ["VN", .. catalogue.AreaChildren["VN"]];
        var kept = new RollUpSums();
        using var doh = await SignInAsync("doh");
        using var admin = await SignInAsync("admin");
        await using var connection = await Database.Database.OpenAsync();
        await AssertByPartsEqualWholeAsync(connection, catalogue, kept, indicators, areas, await version.CurrentAsync());
        var wholeBefore = kept.Updates.Full;
        var reviewPath = new Func<Task<HttpResponseMessage>>[]
        {
            () => doh.PutAsJsonAsync("/api/values/LIVE_BIRTHS/37/2025/F", new { value = 9000 }),
            () => doh.PutAsJsonAsync("/api/values/LIVE_BIRTHS/37/2025/M", new { value = 10000 }),
            () => doh.PostAsJsonAsync("/api/submissions", new { plan = "NB-2021-2025", period = "2025" }),
            async () =>
            {
                var queue = await (await admin.GetAsync("/api/submissions?plan=NB-2021-2025&period=2025&status=submitted")).ReadJsonAsync();
                return await admin.PostAsJsonAsync($"/api/submissions/{queue[0].GetProperty("id").GetInt32()}/approve", new { });
            },
            () => admin.PostAsJsonAsync("/api/reopenings", new { plan = "NB-2021-2025", period = "2025", agency = "DOH" }),
        };

        foreach (var write in reviewPath)
        {
            // Act
            var response = await write();
            Assert.That((int)response.StatusCode, Is.InRange(200, 299), await response.Content.ReadAsStringAsync());

            // Assert: what each step changed in the approved reading (the public one) is in the sums, and nothing was recomputed whole.
            await AssertByPartsEqualWholeAsync(connection, catalogue, kept, indicators, areas, await version.CurrentAsync());
        }

        Assert.That(kept.Updates.Full, Is.EqualTo(wholeBefore), "a submission, its approval and a reopening say which area and period they changed");
        Factory.Clock.Reset(ApiFactory.Now);
    }

    private static async Task AssertByPartsEqualWholeAsync(
        System.Data.Common.DbConnection connection, MeasureCatalogue catalogue, RollUpSums kept, IReadOnlyList<string> indicators, IReadOnlyList<string> areas, long at)
    {
        foreach (var approvedOnly in new[] { false, true })
        {
            var byParts = await IndicatorRollUps.LoadAsync(connection, catalogue, indicators, "VN", areas, approvedOnly, CancellationToken.None, new CountrySums(kept, at));
            var whole = await IndicatorRollUps.LoadAsync(connection, catalogue, indicators, "VN", areas, approvedOnly, CancellationToken.None);
            foreach (var indicator in indicators)
            {
                foreach (var area in areas)
                {
                    Assert.That(Json(byParts[indicator].For(area)), Is.EqualTo(Json(whole[indicator].For(area))), $"{indicator} at {area} (approvedOnly {approvedOnly}, version {at})");
                }
            }
        }

    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ApiJson.Options);
}
