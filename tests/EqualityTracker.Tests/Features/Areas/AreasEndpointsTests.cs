using System.Net;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Areas;

[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class AreasEndpointsTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task List_ByParent_ReturnsTheDistrictsOfNinhBinhWithTheirCommuneCounts()
    {
        var response = await Client.GetAsync("/api/areas?parent=37&date=2020-01-01");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var areas = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.That(areas.Select(a => a.GetProperty("code").GetString()), Is.EqualTo(new[] { "369", "370", "372", "373", "374", "375", "376", "377" }));
        var city = areas[0];
        Assert.That(city.GetProperty("nameVi").GetString(), Is.EqualTo("Thành phố Ninh Bình"));
        Assert.That(city.GetProperty("nameEn").GetString(), Is.EqualTo("Ninh Binh city"));
        Assert.That(city.GetProperty("level").GetInt32(), Is.EqualTo(2));
        Assert.That(city.GetProperty("childCount").GetInt32(), Is.EqualTo(14));
    }

    [Test]
    public async Task List_ByLevel_ReturnsTheCountryAlone()
    {
        var areas = await (await Client.GetAsync("/api/areas?level=0&date=2020-01-01")).ReadJsonAsync();

        Assert.That(areas.GetArrayLength(), Is.EqualTo(1));
        Assert.That(areas[0].GetProperty("code").GetString(), Is.EqualTo("VN"));
        Assert.That(areas[0].GetProperty("childCount").GetInt32(), Is.EqualTo(63));
    }

    [Test]
    public async Task List_ByParentAndLevel_CombinesTheFilters()
    {
        var matching = await (await Client.GetAsync("/api/areas?parent=38&level=2&date=2020-01-01")).ReadJsonAsync();
        var none = await (await Client.GetAsync("/api/areas?parent=38&level=3&date=2020-01-01")).ReadJsonAsync();

        Assert.That(matching.EnumerateArray().Select(a => a.GetProperty("code").GetString()), Is.EqualTo(new[] { "381" }));
        Assert.That(none.GetArrayLength(), Is.Zero);
    }

    [TestCase("/api/areas?level=abc", "level")]
    [TestCase("/api/areas?level=12", "level")]
    [TestCase("/api/areas?parent=99999", "parent")]
    [TestCase("/api/areas?parent=a;b", "parent")]
    public async Task List_WithABadFilter_Answers400ProblemNamingIt(string url, string field)
    {
        var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.ReadJsonAsync();
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("name").GetString()), Does.Contain(field));
    }

    [Test]
    public async Task Get_ACommune_ReturnsItWithEveryAreaAboveIt()
    {
        var body = await (await Client.GetAsync("/api/areas/14320?date=2020-01-01")).ReadJsonAsync();

        Assert.That(body.GetProperty("area").GetProperty("nameVi").GetString(), Is.EqualTo("Phường Đông Thành"));
        Assert.That(body.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("code").GetString()), Is.EqualTo(new[] { "VN", "37", "369" }));
        Assert.That(body.GetProperty("children").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Get_BimSon_SitsUnderThanhHoa()
    {
        var body = await (await Client.GetAsync("/api/areas/381")).ReadJsonAsync();

        Assert.That(body.GetProperty("area").GetProperty("nameVi").GetString(), Is.EqualTo("Thị xã Bỉm Sơn"));
        Assert.That(body.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("nameVi").GetString()), Is.EqualTo(new[] { "Việt Nam", "Tỉnh Thanh Hóa" }));
    }

    [Test]
    public async Task Get_UnknownCode_Answers404Problem()
    {
        var response = await Client.GetAsync("/api/areas/00000");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.ReadJsonAsync();
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("00000").And.Contain("Không có"));
    }
}
