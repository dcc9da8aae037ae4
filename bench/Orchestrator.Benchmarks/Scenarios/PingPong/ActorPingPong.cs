using System.Diagnostics;
using Orchestrator.Actors;
using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>Pairs of actors (<see cref="Pinger"/> and <see cref="Echo"/>) on the default dispatcher.</summary>
internal sealed class ActorPingPong : IPingPong
{
    private static readonly TimeSpan RoundTimeout = TimeSpan.FromMinutes(2);

    private readonly ActorSystem _system;
    private readonly List<IActorRef> _actors = [];
    private readonly IActorRef[] _pingers;

    public ActorPingPong(ActorSystem system, int pairs)
        : this(system, [.. Enumerable.Range(0, pairs).Select(_ => system.ActorOf(Props.Create<Echo>()))], TransportName)
    {
        _actors.AddRange(Echoes);
    }

    /// <summary>Pairs of a local <see cref="Pinger"/> and each of <paramref name="echoes"/> (which may be remote), under the name <paramref name="name"/>.</summary>
    public ActorPingPong(ActorSystem system, IReadOnlyList<IActorRef> echoes, string name)
    {
        _system = system;
        Name = name;
        Echoes = echoes;
        _pingers = new IActorRef[echoes.Count];
        for (var i = 0; i < echoes.Count; i++)
        {
            var echo = echoes[i];
            _pingers[i] = system.ActorOf(Props.Create(() => new Pinger(echo)));
            _actors.Add(_pingers[i]);
        }
    }

    /// <summary>The name of this transport in figures' keys.</summary>
    public const string TransportName = "actor";

    public string Name { get; }

    /// <summary>The echo side of each pair.</summary>
    public IReadOnlyList<IActorRef> Echoes { get; }

    /// <summary>The pinger side of each pair.</summary>
    public IReadOnlyList<IActorRef> Pingers => _pingers;

    public async Task<TimeSpan> PlayAsync(long roundTrips, int inFlight, CancellationToken cancellationToken)
    {
        var done = new Countdown(_pingers.Length);
        var rally = new Rally(roundTrips, inFlight, done);
        var started = Stopwatch.GetTimestamp();
        foreach (var pinger in _pingers)
        {
            pinger.Tell(rally, ActorRefs.NoSender);
        }

        await done.WaitAsync(RoundTimeout, $"actor ping-pong ({_pingers.Length} pairs)", cancellationToken);
        return Stopwatch.GetElapsedTime(started);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var actor in _actors)
        {
            _system.Stop(actor);
        }

        return ValueTask.CompletedTask;
    }
}
