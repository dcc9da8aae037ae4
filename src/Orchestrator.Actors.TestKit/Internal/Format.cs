using System.Globalization;

namespace Orchestrator.Actors.TestKit;

/// <summary>How failure messages show durations and messages.</summary>
internal static class Format
{
    private const int MaxListed = 10;

    /// <summary>A duration as people read it: <c>150 ms</c>, <c>3 s</c>, <c>1.25 s</c>, <c>infinite</c>.</summary>
    public static string Duration(TimeSpan duration) =>
        duration == Timeout.InfiniteTimeSpan ? "infinite"
        : duration < TimeSpan.FromSeconds(1) ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0.#} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.###} s");

    /// <summary>A message with its type: <c>"hello" (String)</c>, <c>Pong { N = 1 } (Pong)</c>.</summary>
    public static string Message(object? message) => message switch
    {
        null => "null",
        string text => $"\"{text}\" (String)",
        _ => $"{Convert.ToString(message, CultureInfo.InvariantCulture)} ({TypeName(message.GetType())})",
    };

    /// <summary>Messages as a bracketed list, the first ten of them.</summary>
    public static string Messages<T>(IReadOnlyCollection<T> messages)
    {
        var shown = string.Join(", ", messages.Take(MaxListed).Select(m => Message(m)));
        var more = messages.Count > MaxListed ? $", ... and {messages.Count - MaxListed} more" : "";
        return $"[{shown}{more}]";
    }

    /// <summary>A type name with its generic arguments: <c>List&lt;String&gt;</c>.</summary>
    public static string TypeName(Type type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return !type.IsGenericType || tick < 0
            ? type.Name
            : $"{type.Name[..tick]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
    }

    /// <summary>" (hint)" or nothing.</summary>
    public static string Hint(string? hint) => string.IsNullOrEmpty(hint) ? "" : $" ({hint})";
}
