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
    {
        _system = system;
        _pingers = new IActorRef[pairs];
        for (var i = 0; i < pairs; i++)
        {
            var echo = system.ActorOf(Props.Create<Echo>());
            _pingers[i] = system.ActorOf(Props.Create(() => new Pinger(echo)));
            _actors.Add(echo);
            _actors.Add(_pingers[i]);
        }
    }

    /// <summary>The name of this transport in figures' keys.</summary>
    public const string TransportName = "actor";

    public string Name => TransportName;

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
