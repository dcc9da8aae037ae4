using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// Akka's EventFilter: describes which log events or dead letters to expect, then
/// <see cref="EventFilterApplier.ExpectOne(Action)"/> or <see cref="EventFilterApplier.Expect"/> counts them
/// around an action: <c>EventFilter.Exception&lt;InvalidOperationException&gt;().ExpectOne(() => actor.Tell("crash"))</c>.
/// Log events are those the system publishes at or above <c>orch.loglevel</c>. Text conditions
/// (<c>message</c> equal, <c>contains</c>, <c>start</c>) hold when the log message or its exception's message
/// satisfies them; <c>source</c> is a logger category or an actor path in the message. All given conditions must hold.
/// </summary>
public sealed class EventFilterFactory
{
    private readonly TestKitBase _kit;

    internal EventFilterFactory(TestKitBase kit) => _kit = kit;

    /// <summary>Log events, at any level, that carry an exception of type <typeparamref name="TException"/> (or a subtype), such as an actor's failure.</summary>
    public EventFilterApplier Exception<TException>(string? message = null, string? contains = null, string? source = null)
        where TException : Exception =>
        Exception(typeof(TException), message, contains, source);

    /// <summary>Log events, at any level, that carry an exception of type <paramref name="exceptionType"/> (or a subtype).</summary>
    public EventFilterApplier Exception(Type exceptionType, string? message = null, string? contains = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(exceptionType);
        return Apply(new LogEventMatcher(null, static _ => true, exceptionType, message, contains, source: source));
    }

    /// <summary>Error (and Critical) log events.</summary>
    public EventFilterApplier Error(string? message = null, string? contains = null, string? start = null, string? source = null) =>
        Apply(new LogEventMatcher("Error", static level => level >= LogLevel.Error, null, message, contains, start, source));

    /// <summary>Warning log events.</summary>
    public EventFilterApplier Warning(string? message = null, string? contains = null, string? start = null, string? source = null) =>
        Level("Warning", LogLevel.Warning, message, contains, start, source);

    /// <summary>Information log events (seen only when <c>orch.loglevel</c> is Information or lower).</summary>
    public EventFilterApplier Info(string? message = null, string? contains = null, string? start = null, string? source = null) =>
        Level("Information", LogLevel.Information, message, contains, start, source);

    /// <summary>Debug log events (seen only when <c>orch.loglevel</c> is Debug or lower).</summary>
    public EventFilterApplier Debug(string? message = null, string? contains = null, string? start = null, string? source = null) =>
        Level("Debug", LogLevel.Debug, message, contains, start, source);

    /// <summary>Log events that satisfy <paramref name="isMatch"/>.</summary>
    public EventFilterApplier Custom(Predicate<LogEvent> isMatch)
    {
        ArgumentNullException.ThrowIfNull(isMatch);
        return Apply(new LogEventMatcher(null, static _ => true, custom: isMatch));
    }

    /// <summary>Dead letters whose message is a <typeparamref name="T"/> (any message for <c>object</c>) satisfying <paramref name="isMatch"/>.</summary>
    public EventFilterApplier DeadLetter<T>(Predicate<T>? isMatch = null) =>
        DeadLetter(typeof(T), isMatch is null ? null : message => isMatch((T)message));

    /// <summary>Dead letters whose message is of <paramref name="messageType"/> satisfying <paramref name="isMatch"/>.</summary>
    public EventFilterApplier DeadLetter(Type messageType, Predicate<object>? isMatch = null)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        return Apply(new DeadLetterMatcher(messageType, isMatch));
    }

    private EventFilterApplier Level(string kind, LogLevel level, string? message, string? contains, string? start, string? source) =>
        Apply(new LogEventMatcher(kind, l => l == level, null, message, contains, start, source));

    private EventFilterApplier Apply(EventMatcher matcher) => new(_kit, matcher);
}
