using System.Collections.Concurrent;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// A test hook (the idea of Akka's TestConductor and failure-injector transport): blackholes, delays and
/// disconnects the links between this system and chosen remote systems. Only available with
/// <c>orch.remote.test.failure-injector = on</c>; never enable it in production.
/// </summary>
public sealed class FailureInjector
{
    private readonly ConcurrentDictionary<Address, Rule> _rules = new();
    private readonly RemoteTransport _transport;

    internal FailureInjector(RemoteTransport transport) => _transport = transport;

    /// <summary>Silently drops frames to and/or from <paramref name="remote"/>, heartbeats included.</summary>
    public void Blackhole(Address remote, ThrottleDirection direction)
    {
        ArgumentNullException.ThrowIfNull(remote);
        Update(remote, rule => rule with { Blackhole = direction });
    }

    /// <summary>Holds every batch of frames sent to <paramref name="remote"/> for <paramref name="delay"/> before writing it.</summary>
    public void Delay(Address remote, TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Update(remote, rule => rule with { Delay = delay });
    }

    /// <summary>Closes the current connections with <paramref name="remote"/>; they are re-established as usual.</summary>
    public void Disconnect(Address remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        _transport.Disconnect(remote);
    }

    /// <summary>Removes every rule for <paramref name="remote"/>: traffic flows normally again.</summary>
    public void PassThrough(Address remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        _rules.TryRemove(remote, out _);
    }

    internal bool DropsOutbound(Address remote) =>
        _rules.TryGetValue(remote, out var rule) && rule.Blackhole is ThrottleDirection.Send or ThrottleDirection.Both;

    internal bool DropsInbound(Address remote) =>
        _rules.TryGetValue(remote, out var rule) && rule.Blackhole is ThrottleDirection.Receive or ThrottleDirection.Both;

    internal TimeSpan OutboundDelay(Address remote) => _rules.TryGetValue(remote, out var rule) ? rule.Delay : TimeSpan.Zero;

    private void Update(Address remote, Func<Rule, Rule> change) =>
        _rules.AddOrUpdate(remote, _ => change(Rule.None), (_, rule) => change(rule));

    private sealed record Rule(ThrottleDirection? Blackhole, TimeSpan Delay)
    {
        public static Rule None { get; } = new(null, TimeSpan.Zero);
    }
}
