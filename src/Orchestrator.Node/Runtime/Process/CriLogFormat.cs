using System.Globalization;
using System.Text;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// The CRI container log format, one line per output line:
/// <c>&lt;RFC 3339 timestamp with nanoseconds&gt; &lt;stdout|stderr&gt; &lt;F|P&gt; &lt;text&gt;</c>, where <c>P</c> marks a
/// partial line (a line longer than the writer's buffer, continued by the next entry of the same stream) and
/// <c>F</c> a full one, as the kubelet and containerd write them.
/// </summary>
internal static class CriLogFormat
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>The prefix of an entry, up to and including the space before its text.</summary>
    public static byte[] Prefix(DateTimeOffset timestamp, LogStream stream, bool partial)
    {
        var utc = timestamp.UtcDateTime;
        var nanos = (utc.Ticks % TimeSpan.TicksPerSecond * 100).ToString("D9", CultureInfo.InvariantCulture);
        var tag = stream == LogStream.Stdout ? "stdout" : "stderr";
        return Encoding.ASCII.GetBytes($"{utc.ToString(TimestampFormat, CultureInfo.InvariantCulture)}.{nanos}Z {tag} {(partial ? 'P' : 'F')} ");
    }

    /// <summary>Parses one entry (without its line feed); false for a line that is not one.</summary>
    public static bool TryParse(ReadOnlySpan<byte> entry, out DateTimeOffset timestamp, out LogStream stream, out bool partial, out ReadOnlySpan<byte> text)
    {
        timestamp = default;
        stream = default;
        partial = false;
        text = default;
        var space = entry.IndexOf((byte)' ');
        if (space < 0 || !TryParseTimestamp(entry[..space], out timestamp))
        {
            return false;
        }

        var rest = entry[(space + 1)..];
        if (rest.StartsWith("stdout "u8))
        {
            stream = LogStream.Stdout;
        }
        else if (rest.StartsWith("stderr "u8))
        {
            stream = LogStream.Stderr;
        }
        else
        {
            return false;
        }

        rest = rest[7..];
        if (rest.Length < 2 || rest[1] != (byte)' ' || (rest[0] != (byte)'F' && rest[0] != (byte)'P'))
        {
            return false;
        }

        partial = rest[0] == (byte)'P';
        text = rest[2..];
        return true;
    }

    private static bool TryParseTimestamp(ReadOnlySpan<byte> value, out DateTimeOffset timestamp)
    {
        timestamp = default;
        Span<char> chars = stackalloc char[value.Length];
        if (value.Length is < 20 or > 40 || Encoding.ASCII.GetChars(value, chars) != value.Length || chars[^1] != 'Z')
        {
            return false;
        }

        var dot = chars.IndexOf('.');
        var whole = dot < 0 ? chars[..^1] : chars[..dot];
        if (!DateTime.TryParseExact(whole, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var seconds))
        {
            return false;
        }

        long ticks = 0;
        if (dot >= 0)
        {
            // Up to nine digits of fraction; ticks are tenths of a microsecond, so the first seven count.
            var fraction = chars[(dot + 1)..^1];
            for (var i = 0; i < 7; i++)
            {
                var digit = i < fraction.Length ? fraction[i] - '0' : 0;
                if (digit is < 0 or > 9)
                {
                    return false;
                }

                ticks = (ticks * 10) + digit;
            }
        }

        timestamp = new DateTimeOffset(DateTime.SpecifyKind(seconds, DateTimeKind.Utc).AddTicks(ticks));
        return true;
    }
}
