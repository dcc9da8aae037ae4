using System.Globalization;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>Docker's timestamps: RFC 3339 with up to nine fractional digits; the zero time (year 1) means "never".</summary>
internal static class DockerTime
{
    private const int MaxFractionDigits = 7; // DateTimeOffset's resolution is 100 ns

    /// <summary>The instant <paramref name="text"/> names, or null for an empty text or Go's zero time.</summary>
    /// <exception cref="FormatException">The text is not an RFC 3339 timestamp.</exception>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var value = DateTimeOffset.ParseExact(Truncate(text), "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return value.Year <= 1 ? null : value;
    }

    /// <summary>Parses the timestamp at the start of a log line (<c>timestamps=1</c>), or returns false when it has none.</summary>
    public static bool TrySplitLogLine(string line, out DateTimeOffset timestamp, out string text)
    {
        ArgumentNullException.ThrowIfNull(line);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var stamp = space < 0 ? line : line[..space];
        if (stamp.Length >= 20 && stamp[4] == '-' && stamp[10] == 'T'
            && DateTimeOffset.TryParseExact(Truncate(stamp), "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp))
        {
            text = space < 0 ? string.Empty : line[(space + 1)..];
            return true;
        }

        timestamp = default;
        text = line;
        return false;
    }

    /// <summary>Drops fractional digits beyond what <see cref="DateTimeOffset"/> holds, keeping the offset.</summary>
    private static string Truncate(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - dot - 1 <= MaxFractionDigits ? text : string.Concat(text.AsSpan(0, dot + 1 + MaxFractionDigits), text.AsSpan(end));
    }
}
