using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace EqualityTracker.Tests.Hardening;

/// <summary>No write path stores a number no real quantity can take, so no roll-up can be poisoned.</summary>
public sealed class NumberBoundsTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private HttpClient statistics = null!;

    [OneTimeSetUp]
    public async Task SignIn() => statistics = await SignInAsync("statistics");

    [OneTimeTearDown]
    public void SignOut() => statistics?.Dispose();

    [Test]
    public async Task Upload_ACellOfOneFollowedBy400Zeros_IsRejected_AndTheIndicatorStillReads()
    {
        var huge = "1" + new string('0', 400);

        var response = await statistics.UploadAsync("huge.csv", UploadFiles.Csv($"LIVE_BIRTHS,369,2021,M,{huge},", "LIVE_BIRTHS,369,2021,F,1000,"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var errors = (await response.ReportAsync()).GetProperty("errors").EnumerateArray().ToList();
        Assert.That(errors.Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("rule").GetString())), Is.EqualTo(new[] { (2, "value-out-of-bounds") }));
        Assert.That(errors[0].GetProperty("messageVi").GetString(), Does.Contain("giới hạn"));
        var read = await statistics.GetAsync("/api/indicators/SRB/values?area=369");
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("LIVE_BIRTHS", "370", "F", 1e308)]
    [TestCase("LIVE_BIRTHS", "370", "F", 1e13)]
    [TestCase("GE_KNOWLEDGE_REACH", "37", "F", 100.5)]
    [TestCase("UNPAID_CARE_HOURS", "37", "F", 169)]
    [TestCase("GENDER_CURRICULUM", "37", "_T", 2)]
    public async Task Put_AValueBeyondItsUnitsBounds_Is400_AndNothingIsStored(string code, string area, string sex, double value)
    {
        var response = await statistics.PutAsJsonAsync($"/api/values/{code}/{area}/2022/{sex}", new { value });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That((await statistics.GetAsync($"/api/values/{code}/{area}/2022/{sex}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Put_TheLargestPossibleCount_IsStored()
    {
        var response = await statistics.PutAsJsonAsync("/api/values/EMPLOYED/37/2022/_T", new { value = 1e12 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [TestCase("1e300")]
    [TestCase("9e999")]
    [TestCase("-2e12")]
    public async Task TheEngineItself_RefusesAnImpossibleValue(string literal)
    {
        await using var connection = new SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO data_values (measure_code, area_code, period, sex, value, entered_by, entered_at) VALUES ('LIVE_BIRTHS', '375', '2020', 'F', {literal}, 'sql', '2026-06-15T03:00:00.0000000Z')";

        var refused = await Assert.ThrowsAsync<SqliteException>(() => insert.ExecuteNonQueryAsync());

        Assert.That(refused!.Message, Does.Contain("CHECK constraint failed"));
    }
}
