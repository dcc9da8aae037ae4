using Orchestrator.Actors.Cluster.Sbr;
using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Cluster.Sbr;

/// <summary><see cref="SplitBrainStability"/>: stable-after, its resets, and down-all-when-unstable, on virtual time.</summary>
public sealed class SplitBrainStabilityTests
{
    private readonly VirtualTimeProvider _time = new();

    private SplitBrainStability Create(double downAllWhenUnstableSeconds = 0) =>
        new(_time, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(downAllWhenUnstableSeconds));

    private void Advance(double seconds) => _time.Advance(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Decides_once_stable_after_has_passed_since_the_last_change()
    {
        var stability = Create();
        stability.ReachabilityChanged();

        Advance(19.9);
        Assert.Equal(StabilityVerdict.Wait, stability.Tick(isResponsible: true, hasUnreachable: true));
        Advance(0.1);
        Assert.Equal(StabilityVerdict.Decide, stability.Tick(isResponsible: true, hasUnreachable: true));
        Assert.True(stability.IsStable);
    }

    [Fact]
    public void Each_change_of_reachability_or_membership_restarts_the_wait()
    {
        var stability = Create();
        stability.ReachabilityChanged();
        Advance(15);
        stability.ReachabilityChanged();
        Advance(15);
        Assert.Equal(StabilityVerdict.Wait, stability.Tick(true, true));
        stability.MembershipChanged();
        Advance(19);
        Assert.Equal(StabilityVerdict.Wait, stability.Tick(true, true));
        Advance(1);
        Assert.Equal(StabilityVerdict.Decide, stability.Tick(true, true));
    }

    [Fact]
    public void Only_the_responsible_node_decides_and_only_when_someone_is_unreachable()
    {
        var stability = Create();
        Advance(30);

        Assert.Equal(StabilityVerdict.Wait, stability.Tick(isResponsible: false, hasUnreachable: true));
        Assert.Equal(StabilityVerdict.Wait, stability.Tick(isResponsible: true, hasUnreachable: false));
        Assert.Equal(StabilityVerdict.Decide, stability.Tick(isResponsible: true, hasUnreachable: true));
    }

    [Fact]
    public void Reachability_that_keeps_flapping_downs_all_after_stable_after_plus_the_unstable_limit()
    {
        var stability = Create(downAllWhenUnstableSeconds: 15);
        for (var second = 0; second < 35; second += 5)
        {
            stability.ReachabilityChanged();
            Advance(5);
            Assert.Equal(StabilityVerdict.Wait, stability.Tick(isResponsible: false, hasUnreachable: true));
        }

        stability.ReachabilityChanged();
        Advance(1);

        Assert.Equal(StabilityVerdict.DownAllWhenUnstable, stability.Tick(isResponsible: false, hasUnreachable: true));
        Assert.Equal(0, stability.ReachabilityChangeCount);
    }

    [Fact]
    public void Without_the_unstable_limit_a_burst_of_changes_is_forgotten_after_calm()
    {
        var stability = Create();
        stability.ReachabilityChanged();
        stability.ReachabilityChanged();
        Assert.Equal(2, stability.ReachabilityChangeCount);

        Advance(39);
        stability.Tick(true, true);
        Assert.Equal(2, stability.ReachabilityChangeCount);
        Advance(2);
        stability.Tick(true, true);
        Assert.Equal(0, stability.ReachabilityChangeCount);
    }

    [Fact]
    public void All_unreachable_resolved_ends_the_burst()
    {
        var stability = Create(downAllWhenUnstableSeconds: 15);
        stability.ReachabilityChanged();

        stability.AllUnreachableResolved();
        Advance(60);

        Assert.Equal(0, stability.ReachabilityChangeCount);
        Assert.Equal(StabilityVerdict.Wait, stability.Tick(isResponsible: true, hasUnreachable: false));
    }
}
