using Orchestrator.Actors;

namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>The other side of a pair: returns every message to its sender.</summary>
internal sealed class Echo : ActorBase
{
    protected internal override bool Receive(object message)
    {
        Sender.Tell(message, Self);
        return true;
    }
}
