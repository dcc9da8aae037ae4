using System.Diagnostics;
using Orchestrator.Actors;

namespace Orchestrator.Benchmarks.Scenarios.Spawn;

/// <summary>
/// The one parent of every spawned actor: creates them with <c>Context.ActorOf</c>, as an
/// application would, and stops them one by one with <c>Context.Stop</c> when asked.
/// </summary>
internal sealed class SpawningParent : ActorBase
{
    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case SpawnChildren spawn:
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < spawn.Count; i++)
                {
                    Context.ActorOf(spawn.Props);
                }

                Sender.Tell(new ChildrenSpawned(Stopwatch.GetElapsedTime(started)), Self);
                return true;
            case StopChildren:
                foreach (var child in Context.GetChildren())
                {
                    Context.Stop(child);
                }

                return true;
            default:
                return false;
        }
    }
}
