using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// Matches <see cref="LogEvent"/>s by level, exception type, text and source. Every condition given
/// must hold. Text conditions hold when either the log message or the exception's message satisfies
/// them; the source holds when it equals the event's category or occurs in its message (actor paths do).
/// </summary>
internal sealed class LogEventMatcher : EventMatcher
{
    private readonly string? _kind;
    private readonly Func<LogLevel, bool> _level;
    private readonly Type? _exceptionType;
    private readonly string? _message;
    private readonly string? _contains;
    private readonly string? _start;
    private readonly string? _source;
    private readonly Predicate<LogEvent>? _custom;

    public LogEventMatcher(string? kind, Func<LogLevel, bool> level, Type? exceptionType = null, string? message = null, string? contains = null, string? start = null, string? source = null, Predicate<LogEvent>? custom = null)
    {
        _kind = kind;
        _level = level;
        _exceptionType = exceptionType;
        _message = message;
        _contains = contains;
        _start = start;
        _source = source;
        _custom = custom;
    }

    public override Type Channel => typeof(LogEvent);

    public override string Description
    {
        get
        {
            var conditions = new List<string>();
            AddIf(conditions, _exceptionType?.Name, $"carrying a {_exceptionType?.Name}");
            AddIf(conditions, _message, $"with message \"{_message}\"");
            AddIf(conditions, _contains, $"containing \"{_contains}\"");
            AddIf(conditions, _start, $"starting with \"{_start}\"");
            AddIf(conditions, _source, $"from \"{_source}\"");
            var subject = _kind is null ? "log events" : $"{_kind} log events";
            return conditions.Count == 0 ? subject : $"{subject} {string.Join(", ", conditions)}";
        }
    }

    public override bool Matches(object @event) =>
        @event is LogEvent log
        && _level(log.Level)
        && (_exceptionType is null || _exceptionType.IsInstanceOfType(log.Exception))
        && Text(log, t => t == _message, _message)
        && Text(log, t => t.Contains(_contains!, StringComparison.Ordinal), _contains)
        && Text(log, t => t.StartsWith(_start!, StringComparison.Ordinal), _start)
        && (_source is null || log.Category == _source || log.Message.Contains(_source, StringComparison.Ordinal))
        && (_custom is null || _custom(log));

    private static bool Text(LogEvent log, Func<string, bool> test, string? condition) =>
        condition is null || test(log.Message) || (log.Exception is { } e && test(e.Message));

    private static void AddIf(List<string> conditions, string? value, string text)
    {
        if (value is not null)
        {
            conditions.Add(text);
        }
    }
}
