namespace Orchestrator.Actors.TestKit;

/// <summary>What an event filter counts: events of one channel of the event stream that pass a test.</summary>
internal abstract class EventMatcher
{
    /// <summary>The event type to subscribe to.</summary>
    public abstract Type Channel { get; }

    /// <summary>What matches, for failure messages: <c>Error log events containing "boom"</c>.</summary>
    public abstract string Description { get; }

    public abstract bool Matches(object @event);
}
