using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using NodaTime;

namespace EqualityTracker.Tests.Features.Values;

/// <summary>Ninh Bình 3.2 split by supplier: DOLISA enters the gender-based-violence counts, Culture and Sports the
/// domestic-violence counts, and each share is 100 × (the two suppliers' numerators summed) / (their denominators
/// summed), rolled up over areas as counts.</summary>
public sealed class SummedMeasuresTests() : ApiTest(DatabaseProvider.Sqlite)
{
    [SetUp]
    public void BeforeTheYearLocks() => Factory.Clock.Reset(Instant.FromUtc(2024, 12, 1, 3, 0));

    [TearDown]
    public void BackToTheDefaultDay() => Factory.Clock.Reset(ApiFactory.Now);

    private static async Task<double?> ValueAsync(HttpClient client, string indicator, string area, string period)
    {
        var body = await (await client.GetAsync($"/api/indicators/{indicator}/values?area={area}&from={period}&to={period}&date=2024-01-01")).ReadJsonAsync();
        var point = body.GetProperty("series").EnumerateArray().FirstOrDefault(p => p.GetProperty("period").GetString() == period);
        return point.ValueKind == System.Text.Json.JsonValueKind.Undefined || point.GetProperty("value").ValueKind != System.Text.Json.JsonValueKind.Number
            ? null
            : point.GetProperty("value").GetDouble();
    }

    [Test]
    public async Task EachDepartment_EntersItsOwnCounts_AndTheShareSumsBothSuppliers()
    {
        // Arrange
        using var dolisa = await SignInAsync("dolisa");
        using var dcs = await SignInAsync("dcs");
        using var admin = await SignInAsync("admin");

        // Act: DOLISA's GBV counts and DCS's domestic-violence counts for 2024 in the two districts of old Ninh Bình's city.
        var writes = new List<HttpResponseMessage>
        {
            await dolisa.PutAsJsonAsync("/api/values/GBV_VICTIMS_DETECTED/369/2024/_T", new { value = 40 }),
            await dolisa.PutAsJsonAsync("/api/values/GBV_VICTIMS_REACHED/369/2024/_T", new { value = 30 }),
            await dcs.PutAsJsonAsync("/api/values/DV_VICTIMS_DETECTED/369/2024/_T", new { value = 60 }),
            await dcs.PutAsJsonAsync("/api/values/DV_VICTIMS_REACHED/369/2024/_T", new { value = 50 }),
            await dolisa.PutAsJsonAsync("/api/values/GBV_VICTIMS_DETECTED/370/2024/_T", new { value = 10 }),
            await dolisa.PutAsJsonAsync("/api/values/GBV_VICTIMS_REACHED/370/2024/_T", new { value = 5 }),
            await dcs.PutAsJsonAsync("/api/values/DV_VICTIMS_DETECTED/370/2024/_T", new { value = 15 }),
            await dcs.PutAsJsonAsync("/api/values/DV_VICTIMS_REACHED/370/2024/_T", new { value = 10 }),
        };

        // Assert
        foreach (var write in writes)
        {
            Assert.That((int)write.StatusCode, Is.InRange(200, 201), await write.Content.ReadAsStringAsync());
        }

        Assert.That(await ValueAsync(admin, "GBV_VICTIMS_SUPPORTED", "369", "2024"), Is.EqualTo(100.0 * (30 + 50) / (40 + 60)).Within(1e-9));
        Assert.That(await ValueAsync(admin, "GBV_VICTIMS_SUPPORTED", "37", "2024"), Is.EqualTo(100.0 * (30 + 50 + 5 + 10) / (40 + 60 + 10 + 15)).Within(1e-9),
            "the province sums its districts' counts, both suppliers, then divides");
        var progress = await (await admin.GetAsync("/api/plans/NB-2021-2025/progress?area=37")).ReadJsonAsync();
        var target = progress.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("number").GetString() == "2a" && t.GetProperty("objective").GetInt32() == 3);
        Assert.That(target.GetProperty("latest").GetProperty("value").GetDouble(), Is.EqualTo(76).Within(1e-9), "the dashboard reads the same share");
    }

    [Test]
    public async Task ADepartment_CannotEnterTheOtherSuppliersCounts()
    {
        // Arrange
        using var dolisa = await SignInAsync("dolisa");
        using var dcs = await SignInAsync("dcs");

        // Act
        var dolisaOnDv = await dolisa.PutAsJsonAsync("/api/values/DV_VICTIMS_DETECTED/372/2024/_T", new { value = 7 });
        var dcsOnGbv = await dcs.PutAsJsonAsync("/api/values/GBV_PERPETRATORS_DETECTED/372/2024/_T", new { value = 7 });
        var dcsOnDv = await dcs.PutAsJsonAsync("/api/values/DV_PERPETRATORS_DETECTED/372/2024/_T", new { value = 7 });

        // Assert
        Assert.That(dolisaOnDv.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(dcsOnGbv.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((int)dcsOnDv.StatusCode, Is.InRange(200, 201), await dcsOnDv.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task OneSuppliersCountsAlone_GiveNoShare()
    {
        // Arrange
        using var dolisa = await SignInAsync("dolisa");
        using var admin = await SignInAsync("admin");
        await dolisa.PutAsJsonAsync("/api/values/GBV_PERPETRATORS_DETECTED/373/2024/_T", new { value = 20 });
        await dolisa.PutAsJsonAsync("/api/values/GBV_PERPETRATORS_ADVISED/373/2024/_T", new { value = 12 });

        // Act
        var share = await ValueAsync(admin, "GBV_PERPETRATORS_COUNSELLED", "373", "2024");

        // Assert
        Assert.That(share, Is.Null, "without Culture and Sports' counts the share would be DOLISA's alone: no value, as with a missing count");
    }

    [Test]
    public async Task TheSums_AndTheFormerPercentages_CannotBeUploaded()
    {
        // Arrange
        using var statistics = await SignInAsync("statistics");

        // Act
        var upload = await statistics.UploadAsync("gbv.csv", UploadFiles.Csv(
            "VIOLENCE_VICTIMS_DETECTED,37,2024,_T,100,", "GBV_VICTIMS_SUPPORTED,37,2024,_T,80,", "GBV_VICTIMS_DETECTED,37,2024,_T,40,"), dryRun: true);
        var report = await upload.ReadJsonAsync();

        // Assert: the sum and the share are computed, never entered; the count is.
        var errors = (report.TryGetProperty("report", out var inner) ? inner : report).GetProperty("errors").EnumerateArray().ToList();
        Assert.That(errors.Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("rule").GetString())), Is.EquivalentTo(new[] { (2, "unknown-code"), (3, "unknown-code") }));
    }
}
