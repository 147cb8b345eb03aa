using EqualityTracker.Api.Identity;
using NodaTime;
using NodaTime.Testing;

namespace EqualityTracker.Tests.Hardening;

public sealed class LoginThrottleTests
{
    [Test]
    public void TryBegin_CountsAttemptsStillRunning_SoParallelTriesCannotExceedTheLimit()
    {
        var throttle = new LoginThrottle(new FakeClock(Instant.FromUtc(2026, 6, 15, 3, 0)));

        var places = Enumerable.Range(0, 8).Select(_ => throttle.TryBegin("doh", "10.0.0.1").Attempt).ToList();

        Assert.That(places.Count(p => p is not null), Is.EqualTo(LoginThrottle.MaxFailures));
    }

    [Test]
    public void Failures_LeaveTheWindow_AfterFifteenMinutes()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 6, 15, 3, 0));
        var throttle = new LoginThrottle(clock);
        for (var i = 0; i < LoginThrottle.MaxFailures; i++)
        {
            throttle.TryBegin("doh", "10.0.0.1").Attempt!.Failed();
        }

        var (refused, wait) = throttle.TryBegin("doh", "10.0.0.1");
        clock.Advance(LoginThrottle.Window);
        var later = throttle.TryBegin("doh", "10.0.0.1").Attempt;

        Assert.That(refused, Is.Null);
        Assert.That(wait, Is.EqualTo(LoginThrottle.Window));
        Assert.That(later, Is.Not.Null);
    }

    [Test]
    public void OneAddress_TryingManyNames_IsThrottledToo()
    {
        var throttle = new LoginThrottle(new FakeClock(Instant.FromUtc(2026, 6, 15, 3, 0)));
        for (var i = 0; i < LoginThrottle.MaxFailuresPerClient; i++)
        {
            throttle.TryBegin($"name-{i}", "10.0.0.9").Attempt!.Failed();
        }

        Assert.That(throttle.TryBegin("another-name", "10.0.0.9").Attempt, Is.Null);
        Assert.That(throttle.TryBegin("another-name", "10.0.0.10").Attempt, Is.Not.Null);
    }

    [Test]
    public void Memory_IsBounded_HoweverManyNamesAreTried()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 6, 15, 3, 0));
        var throttle = new LoginThrottle(clock);
        for (var i = 0; i < LoginThrottle.MaxEntries + 500; i++)
        {
            throttle.TryBegin($"name-{i}", $"10.{i / 65536}.{i / 256 % 256}.{i % 256}").Attempt?.Failed();
        }

        Assert.That(throttle.Remembered, Is.LessThanOrEqualTo(LoginThrottle.MaxEntries));
    }
}
