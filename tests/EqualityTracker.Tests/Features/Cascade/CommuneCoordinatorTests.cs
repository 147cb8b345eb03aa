using System.Net;
using System.Net.Http.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Cascade;

/// <summary>The cascade after 1 July 2025: a ward's coordinator writes its own plan and acts on its own ward only; the
/// province's coordinator sees that plan below its own; a province leader sees the province's wards and communes ranked.</summary>
public sealed class CommuneCoordinatorTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private const string PhuLy = "13285";
    private const string PhuVan = "13291";

    [Test]
    public async Task ACommuneCoordinator_WritesItsOwnPlan_AndNoOneElses()
    {
        // Arrange
        using var ward = await SignInAsync("admin-phuly");
        object Plan(string code, string area) => new
        {
            code, titleVi = $"Kế hoạch bình đẳng giới {code}", titleEn = $"Gender equality plan {code}", area, startYear = 2026, endYear = 2030,
            implements = "VN-2021-2030",
        };

        // Act
        var own = await ward.PostAsJsonAsync("/api/plans", Plan("PHULY-2026-2030", PhuLy));
        var neighbour = await ward.PostAsJsonAsync("/api/plans", Plan("PHUVAN-2026-2030", PhuVan));
        var province = await ward.PostAsJsonAsync("/api/plans", Plan("NB-X-2026-2030", "37"));

        // Assert
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.Created), await own.Content.ReadAsStringAsync());
        Assert.That((await own.ReadJsonAsync()).GetProperty("plan").GetProperty("areaCode").GetString(), Is.EqualTo(PhuLy));
        Assert.That(neighbour.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "another ward is outside its area");
        Assert.That(province.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the province is above it");
    }

    [Test]
    public async Task ACommunePlan_IsListedBelowTheProvince_ToTheProvincesCoordinator()
    {
        // Arrange
        using var ward = await SignInAsync("admin-phuly");
        using var province = await SignInAsync("admin");
        var created = await ward.PostAsJsonAsync("/api/plans", new
        {
            code = "PHULY-B-2026-2030", titleVi = "Kế hoạch phường Phủ Lý", titleEn = "Phu Ly ward plan", area = PhuLy, startYear = 2026, endYear = 2030,
            implements = "VN-2021-2030",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        // Act
        var below = await (await province.GetAsync("/api/plans?area=37&below=true")).ReadJsonAsync();
        var asNeighbourLeader = await (await Client.GetAsync("/api/plans?area=37&below=true")).ReadJsonAsync();

        // Assert
        Assert.That(below.EnumerateArray().Select(p => p.GetProperty("code").GetString()), Does.Contain("PHULY-B-2026-2030"), "the province's coordinator is above the ward");
        Assert.That(asNeighbourLeader.EnumerateArray().Select(p => p.GetProperty("code").GetString()), Does.Not.Contain("PHULY-B-2026-2030"), "a draft is its authors' only");
    }

    [Test]
    public async Task ACommuneCoordinator_WritesValuesOfItsWardOnly()
    {
        // Arrange
        using var ward = await SignInAsync("admin-phuly");

        // Act
        var own = await ward.PutAsJsonAsync($"/api/values/LIVE_BIRTHS/{PhuLy}/2025S2/F", new { value = 120 });
        var neighbour = await ward.PutAsJsonAsync($"/api/values/LIVE_BIRTHS/{PhuVan}/2025S2/F", new { value = 120 });
        var province = await ward.PutAsJsonAsync("/api/values/LIVE_BIRTHS/37/2025S2/F", new { value = 120 });

        // Assert
        Assert.That((int)own.StatusCode, Is.InRange(200, 201), await own.Content.ReadAsStringAsync());
        Assert.That(neighbour.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(province.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task AProvinceLeader_SeesItsWardsAndCommunesRanked_OnTheMapSinceJuly2025()
    {
        // Arrange: births of 2026 (the first whole year on the new map; the year has begun) in three wards of the new Ninh Bình.
        using var statistics = await SignInAsync("statistics");
        var upload = await statistics.UploadAsync("wards.csv", UploadFiles.Csv(
            $"LIVE_BIRTHS,{PhuLy},2026,F,100,", $"LIVE_BIRTHS,{PhuLy},2026,M,118,",
            $"LIVE_BIRTHS,{PhuVan},2026,F,100,", $"LIVE_BIRTHS,{PhuVan},2026,M,106,",
            "LIVE_BIRTHS,13318,2026,F,100,", "LIVE_BIRTHS,13318,2026,M,112,"));
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.OK), await upload.Content.ReadAsStringAsync());
        using var leader = await SignInAsync("leader");

        // Act
        var response = await leader.GetAsync("/api/indicators/SRB/ranking?area=37&period=2026");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();

        // Assert: the wards of the new province, furthest behind first; the others without data after them.
        var areas = body.GetProperty("areas").EnumerateArray().ToList();
        Assert.That(areas.Take(3).Select(a => a.GetProperty("code").GetString()), Is.EqualTo(new[] { PhuLy, "13318", PhuVan }));
        Assert.That(areas[0].GetProperty("value").GetDouble(), Is.EqualTo(118).Within(1e-9));
        Assert.That(areas, Has.Count.GreaterThan(100), "every ward and commune of the new Ninh Bình, not the old districts");
        Assert.That(areas.Select(a => a.GetProperty("code").GetString()), Does.Not.Contain("369"));
    }

    [Test]
    public async Task BimSons2018Plan_IsListedUnderThanhHoa_WithTheProvinceItSitsIn()
    {
        // Act
        var plans = await (await Client.GetAsync("/api/plans?area=38&below=true")).ReadJsonAsync();

        // Assert
        var bimSon = plans.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "BS-2018");
        Assert.That((bimSon.GetProperty("areaCode").GetString(), bimSon.GetProperty("parentAreaCode").GetString()), Is.EqualTo(("381", "38")));
        Assert.That(bimSon.GetProperty("parentAreaNameVi").GetString(), Does.Contain("Thanh Hóa"));
    }
}
