using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Progress;
using EqualityTracker.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityTracker.Tests.Features.Progress;

/// <summary>
/// The leaders' answers are cached per data version and computed once per key at a time: a crowd arriving after a
/// write costs one computation, every write shows in the next read, and a client going away or a computation failing
/// spoils nothing for the others.
/// Fixture: live births in two Ninh Bình districts in 2021 and 2023, as in <see cref="ProgressEndpointsTests"/>.
/// </summary>
[TestFixtureSource(typeof(Engines), nameof(Engines.All))]
[NonParallelizable]
public sealed class AnswerCacheTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string VnDashboard = "/api/plans/VN-2021-2030/progress?area=VN";
    private const string NbDashboard = "/api/plans/NB-2021-2025/progress?area=37";
    private const string SrbProgress = "/api/indicators/SRB/progress?area=37";
    private const string SrbRanking = "/api/indicators/SRB/ranking?area=37";

    private HttpClient statistics = null!;

    [OneTimeSetUp]
    public async Task UploadFixture()
    {
        statistics = await SignInAsync("statistics-vn");
        var response = await statistics.UploadAsync("births.csv", UploadFiles.Csv(
            "LIVE_BIRTHS,369,2021,F,1000,", "LIVE_BIRTHS,369,2021,M,1160,", "LIVE_BIRTHS,370,2021,F,500,", "LIVE_BIRTHS,370,2021,M,580,",
            "LIVE_BIRTHS,369,2023,F,1000,", "LIVE_BIRTHS,369,2023,M,1120,", "LIVE_BIRTHS,370,2023,F,500,", "LIVE_BIRTHS,370,2023,M,560,"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [OneTimeTearDown]
    public void SignOut() => statistics?.Dispose();

    [Test]
    public async Task TwentyReadersAfterAWrite_CostOneComputationPerAnswer_AndAllGetTheSameAnswer()
    {
        // Arrange: a write, so that nothing cached is current.
        await UploadAsync("LIVE_BIRTHS,374,2023,F,400,", "LIVE_BIRTHS,374,2023,M,440,");
        using var computations = new Computations(Factory.Services.GetRequiredService<IMeterFactory>());

        // Act: twenty anonymous readers on each leader's read at once.
        string[] urls = [VnDashboard, NbDashboard, SrbProgress, SrbRanking, "/api/plans/NB-2021-2025/report.csv?area=37"];
        var answers = await Task.WhenAll(urls.SelectMany(url => Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await Client.GetAsync(url);
            return (Url: url, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })));

        // Assert
        Assert.That(answers.Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(answers.GroupBy(a => a.Url).Select(g => g.Select(a => a.Body).Distinct().Count()), Is.All.EqualTo(1), "every reader of a URL got the same bytes");
        Assert.That(computations.ByKind, Is.EquivalentTo(new Dictionary<string, long>
        {
            ["plan"] = 2, // the VN and the NB dashboards
            ["indicator-progress"] = 1,
            ["ranking"] = 1,
            ["report.csv"] = 1,
        }));
    }

    [Test]
    public async Task EveryWrite_ShowsInTheNextRead_OfIndicatorProgressRankingAndTheNationalRollUp()
    {
        // Arrange: every answer cached.
        var before = new { Progress = await LatestSrbAsync(), Ranking = await RankedValueAsync("372"), Vn = await VnSrbLatestAsync() };
        Assert.That(await LatestSrbAsync(), Is.EqualTo(before.Progress), "cached");

        // Act: the statistics office adds a third district's 2023 births.
        await UploadAsync("LIVE_BIRTHS,372,2023,F,100,", "LIVE_BIRTHS,372,2023,M,130,");
        var after = new { Progress = await LatestSrbAsync(), Ranking = await RankedValueAsync("372"), Vn = await VnSrbLatestAsync() };

        // Assert: province 37 in 2023 sums every district it has: boys / girls.
        Assert.That(after.Ranking, Is.EqualTo(130.0));
        Assert.That(after.Progress, Is.Not.EqualTo(before.Progress));
        Assert.That(after.Vn, Is.EqualTo(after.Progress).Within(1e-9), "the country is Ninh Bình alone here: the same sums");
        Assert.That(after.Vn, Is.Not.EqualTo(before.Vn));
    }

    [Test]
    public async Task AClientThatGoesAway_DoesNotCancelTheComputationTheOthersWaitFor()
    {
        // Arrange: a computation that waits until the test lets it go.
        var cache = Factory.Services.GetRequiredService<AnswerCache>();
        var version = await cache.VersionAsync(CancellationToken.None);
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        Task<string?> Compute(CancellationToken _)
        {
            Interlocked.Increment(ref runs);
            return gate.Task!;
        }

        using var leaving = new CancellationTokenSource();
        var first = cache.GetOrComputeAsync("test|leaving", version, Compute, leaving.Token);
        var second = cache.GetOrComputeAsync("test|leaving", version, Compute, CancellationToken.None);

        // Act: the first client goes away while the computation runs, then the computation ends.
        await leaving.CancelAsync();
        Assert.That(async () => await first, Throws.InstanceOf<OperationCanceledException>());
        gate.SetResult("answer");

        // Assert
        Assert.That(await second, Is.EqualTo("answer"));
        Assert.That(await cache.GetOrComputeAsync("test|leaving", version, Compute, CancellationToken.None), Is.EqualTo("answer"), "kept");
        Assert.That(runs, Is.EqualTo(1));
    }

    [Test]
    public async Task AComputationThatFailsOrIsCancelled_IsNotKept_TheNextRequestComputesAgain()
    {
        // Arrange
        var cache = Factory.Services.GetRequiredService<AnswerCache>();
        var version = await cache.VersionAsync(CancellationToken.None);
        var runs = 0;
        Task<string?> Fails(CancellationToken _) => Interlocked.Increment(ref runs) == 1
            ? Task.FromException<string?>(new InvalidOperationException("the database went away"))
            : Task.FromResult<string?>("answer");
        Task<string?> Cancelled(CancellationToken _) => Interlocked.Increment(ref runs) == 3
            ? Task.FromCanceled<string?>(new CancellationToken(canceled: true))
            : Task.FromResult<string?>("answer");

        // Act and assert: failed, then computed again.
        Assert.That(async () => await cache.GetOrComputeAsync("test|fails", version, Fails, CancellationToken.None), Throws.InvalidOperationException);
        Assert.That(await cache.GetOrComputeAsync("test|fails", version, Fails, CancellationToken.None), Is.EqualTo("answer"));
        Assert.That(async () => await cache.GetOrComputeAsync("test|cancelled", version, Cancelled, CancellationToken.None), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await cache.GetOrComputeAsync("test|cancelled", version, Cancelled, CancellationToken.None), Is.EqualTo("answer"));
        Assert.That(runs, Is.EqualTo(4));
    }

    [Test]
    public async Task ReadersThatGiveUp_WhileTheDashboardIsComputed_LeaveItWhole_ForTheNextReader()
    {
        // Arrange: a write, so the next read computes.
        await UploadAsync("LIVE_BIRTHS,375,2023,F,300,", "LIVE_BIRTHS,375,2023,M,330,");
        using var computations = new Computations(Factory.Services.GetRequiredService<IMeterFactory>());

        // Act: ten readers that give up almost at once, then one that waits.
        var impatient = Enumerable.Range(0, 10).Select(async i =>
        {
            using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(i));
            try
            {
                (await Client.GetAsync(VnDashboard, soon.Token)).Dispose();
            }
            catch (OperationCanceledException)
            {
            }
        });
        await Task.WhenAll(impatient);
        var patient = await Client.GetAsync(VnDashboard);

        // Assert: at most one computation for all of them, and a whole answer.
        Assert.That(patient.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await patient.ReadJsonAsync()).GetProperty("targets").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(computations.ByKind.GetValueOrDefault("plan"), Is.EqualTo(1));
    }

    private async Task UploadAsync(params string[] lines)
    {
        var response = await statistics.UploadAsync("more.csv", UploadFiles.Csv(lines));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private async Task<double> LatestSrbAsync()
    {
        var body = await (await Client.GetAsync(SrbProgress)).ReadJsonAsync();
        return body.GetProperty("series").EnumerateArray().Last(p => p.GetProperty("period").GetString() == "2023").GetProperty("value").GetDouble();
    }

    private async Task<double?> RankedValueAsync(string district)
    {
        var body = await (await Client.GetAsync(SrbRanking + "&period=2023")).ReadJsonAsync();
        var value = body.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("code").GetString() == district).GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
    }

    private async Task<double> VnSrbLatestAsync()
    {
        var body = await (await Client.GetAsync(VnDashboard)).ReadJsonAsync();
        return body.GetProperty("targets").EnumerateArray().First(t => t.GetProperty("indicatorCode").GetString() == "SRB")
            .GetProperty("latest").GetProperty("value").GetDouble();
    }

    /// <summary>Counts the API's <c>eqt.answers.computations</c> by kind, for this fixture's API only.</summary>
    private sealed class Computations : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly Dictionary<string, long> byKind = [];

        public Computations(IMeterFactory factory)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == AnswerCache.MeterName && instrument.Name == AnswerCache.ComputationsInstrument && instrument.Meter.Scope == factory)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                var kind = tags.ToArray().Single(t => t.Key == "kind").Value as string ?? "";
                lock (byKind)
                {
                    byKind[kind] = byKind.GetValueOrDefault(kind) + value;
                }
            });
            listener.Start();
        }

        public IReadOnlyDictionary<string, long> ByKind
        {
            get
            {
                lock (byKind)
                {
                    return new Dictionary<string, long>(byKind.Where(k => !k.Key.StartsWith("test", StringComparison.Ordinal)));
                }
            }
        }

        public void Dispose() => listener.Dispose();
    }
}
