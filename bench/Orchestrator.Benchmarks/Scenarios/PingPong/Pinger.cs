using Orchestrator.Actors;

namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>
/// The counting side of a pair (Akka's PingPong "client"): serves the balls of a
/// <see cref="Rally"/>, sends a ball back for each one returned until all have been
/// served, and signals when the last one is home.
/// </summary>
internal sealed class Pinger(IActorRef echo) : ActorBase
{
    private long _toServe;
    private long _toReceive;
    private Rally? _rally;

    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case Ball:
                if (_toServe > 0)
                {
                    _toServe--;
                    echo.Tell(message, Self);
                }

                if (--_toReceive == 0)
                {
                    _rally!.Done.Signal();
                }

                return true;
            case Rally rally:
                _rally = rally;
                _toReceive = rally.RoundTrips;
                _toServe = rally.RoundTrips - rally.InFlight;
                for (var i = 0; i < rally.InFlight; i++)
                {
                    echo.Tell(Ball.Instance, Self);
                }

                return true;
            default:
                return false;
        }
    }
}
