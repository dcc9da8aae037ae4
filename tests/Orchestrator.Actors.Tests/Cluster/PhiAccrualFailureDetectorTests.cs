using Orchestrator.Actors.Cluster;
using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="PhiAccrualFailureDetector"/> and <see cref="HeartbeatHistory"/> on virtual time.</summary>
public sealed class PhiAccrualFailureDetectorTests
{
    private readonly VirtualTimeProvider _time = new();

    private PhiAccrualFailureDetector Regular(int heartbeats, TimeSpan? acceptablePause = null)
    {
        var detector = new PhiAccrualFailureDetector(_time, acceptableHeartbeatPause: acceptablePause);
        for (var i = 0; i < heartbeats; i++)
        {
            if (i > 0)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
            }

            detector.Heartbeat();
        }

        return detector;
    }

    [Fact]
    public void A_resource_never_heard_of_is_available_and_not_monitored()
    {
        var detector = new PhiAccrualFailureDetector(_time);

        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0.0, detector.Phi());
        Assert.True(detector.IsAvailable);
        Assert.False(detector.IsMonitoring);
    }

    [Fact]
    public void Phi_stays_low_while_heartbeats_arrive_regularly()
    {
        var detector = Regular(heartbeats: 20);

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(detector.IsMonitoring);
        Assert.True(detector.Phi() < 0.1, $"phi {detector.Phi()}");
        Assert.True(detector.IsAvailable);
    }

    [Fact]
    public void Phi_grows_with_silence_and_availability_flips_at_the_threshold()
    {
        var detector = Regular(heartbeats: 20);
        var previous = detector.Phi();
        var silence = TimeSpan.Zero;
        while (detector.IsAvailable && silence < TimeSpan.FromSeconds(30))
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            silence += TimeSpan.FromMilliseconds(100);
            Assert.True(detector.Phi() >= previous);
            previous = detector.Phi();
        }

        Assert.False(detector.IsAvailable);
        Assert.True(detector.Phi() >= 8.0);
        // Mean 1 s plus the acceptable pause of 3 s: the flip comes a few deviations later.
        Assert.InRange(silence, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_acceptable_heartbeat_pause_is_tolerated()
    {
        var tolerant = Regular(heartbeats: 10);
        _time.Advance(TimeSpan.FromSeconds(3.5));

        Assert.True(tolerant.IsAvailable, $"phi {tolerant.Phi()}");

        var strict = Regular(heartbeats: 10, acceptablePause: TimeSpan.Zero);
        _time.Advance(TimeSpan.FromSeconds(3.5));

        Assert.False(strict.IsAvailable);
    }

    [Fact]
    public void The_first_heartbeat_after_a_failure_is_not_a_sample()
    {
        var detector = Regular(heartbeats: 5);
        var samples = detector.History.Count;
        _time.Advance(TimeSpan.FromSeconds(30));

        detector.Heartbeat();

        Assert.Equal(samples, detector.History.Count);
        Assert.True(detector.IsAvailable);
    }

    [Fact]
    public void The_first_heartbeat_seeds_the_history_with_the_estimate()
    {
        var detector = Regular(heartbeats: 1);

        Assert.Equal([750L, 1250L], detector.History.Intervals);
        Assert.Equal(1000, detector.History.Mean);
    }

    [Fact]
    public void Phi_is_small_at_the_mean_and_rises_beyond_it()
    {
        Assert.Equal(0.30103, PhiAccrualFailureDetector.Phi(1000, 1000, 100), 4);
        Assert.True(PhiAccrualFailureDetector.Phi(1200, 1000, 100) > PhiAccrualFailureDetector.Phi(1100, 1000, 100));
        Assert.True(PhiAccrualFailureDetector.Phi(800, 1000, 100) < 0.01);
    }

    [Fact]
    public void The_history_keeps_the_latest_samples_with_their_mean_and_deviation()
    {
        var history = new long[] { 100, 200, 300, 400 }.Aggregate(HeartbeatHistory.Create(3), (h, i) => h.Add(i));

        Assert.Equal([200L, 300L, 400L], history.Intervals);
        Assert.Equal(300, history.Mean);
        Assert.Equal(Math.Sqrt(20000.0 / 3), history.StdDeviation, 6);
    }

    [Fact]
    public void The_registry_monitors_each_resource_from_its_first_heartbeat()
    {
        var registry = new FailureDetectorRegistry<string>(() => new PhiAccrualFailureDetector(_time));

        Assert.True(registry.IsAvailable("a"));
        Assert.False(registry.IsMonitoring("a"));
        registry.Heartbeat("a");
        registry.Heartbeat("b");
        _time.Advance(TimeSpan.FromSeconds(1));
        registry.Heartbeat("b");
        Assert.True(registry.IsMonitoring("a"));

        _time.Advance(TimeSpan.FromSeconds(20));

        Assert.False(registry.IsAvailable("a"));
        registry.Remove("a");
        Assert.True(registry.IsAvailable("a"));
        Assert.False(registry.IsMonitoring("a"));
        Assert.True(registry.IsMonitoring("b"));
        registry.Reset();
        Assert.False(registry.IsMonitoring("b"));
    }
}
