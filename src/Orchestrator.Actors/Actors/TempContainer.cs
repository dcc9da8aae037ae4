using System.Collections.Concurrent;

namespace Orchestrator.Actors;

/// <summary>The <c>/temp</c> branch: short-lived actors such as ask promises, found by name so replies can reach them.</summary>
internal sealed class TempContainer(ActorPath path)
{
    private readonly ConcurrentDictionary<string, IInternalActorRef> _actors = new(StringComparer.Ordinal);
    private long _sequence;

    public ActorPath Path { get; } = path;

    public ActorPath NewPath() =>
        new ChildActorPath(Path, "$" + Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture), ActorPath.UndefinedUid);

    public void Register(IInternalActorRef actor) => _actors[actor.Path.Name] = actor;

    public void Unregister(IInternalActorRef actor) => _actors.TryRemove(actor.Path.Name, out _);

    public IInternalActorRef? Get(string name) => _actors.GetValueOrDefault(name);
}
