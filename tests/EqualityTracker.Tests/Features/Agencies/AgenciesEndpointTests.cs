using System.Net;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Features.Agencies;

[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
public sealed class AgenciesEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task List_ReturnsEveryAgencyCodeOfTheDomainWithVietnameseNames()
    {
        var response = await Client.GetAsync("/api/agencies");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.CharSet, Is.EqualTo("utf-8"));
        var agencies = (await response.ReadJsonAsync()).EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("nameVi").GetString());
        Assert.That(agencies.Keys, Is.EquivalentTo(new[]
        {
            "DOLISA", "DOHA", "DOH", "DOET", "DIC", "DCS", "DCST", "DPI", "DOF", "DOJ", "POLICE", "PSO", "RTV", "PARTY-ORG", "WU",
        }));
        Assert.That(agencies["DOH"], Is.EqualTo("Sở Y tế"));
        Assert.That(agencies["DOLISA"], Is.EqualTo("Sở Lao động - Thương binh và Xã hội"));
    }
}
