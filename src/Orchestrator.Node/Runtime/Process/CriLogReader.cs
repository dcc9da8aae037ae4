using System.Buffers;
using System.Text;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// Reads CRI log entries back into <see cref="LogLine"/>s, joining partial (P) entries with the full (F) entry
/// that ends them. One reader serves one read of one container's log, across its files in order.
/// </summary>
internal sealed class CriLogReader
{
    private readonly ArrayBufferWriter<byte>[] _partial = [new(), new()];
    private byte[] _buffer = new byte[64 * 1024];

    /// <summary>
    /// Reads the entries of <paramref name="stream"/> from its position up to <paramref name="end"/> (its end when
    /// null) into <paramref name="lines"/>, and leaves the position after the last whole entry read.
    /// </summary>
    public void Read(FileStream stream, long? end, List<LogLine> lines)
    {
        var limit = end ?? stream.Length;
        var filled = 0;
        while (stream.Position < limit)
        {
            if (filled == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = stream.Read(_buffer, filled, (int)Math.Min(_buffer.Length - filled, limit - stream.Position));
            if (read == 0)
            {
                break;
            }

            filled += read;
            var consumed = 0;
            while (Array.IndexOf(_buffer, (byte)'\n', consumed, filled - consumed) is var newline and >= 0)
            {
                Parse(_buffer.AsSpan(consumed, newline - consumed), lines);
                consumed = newline + 1;
            }

            Buffer.BlockCopy(_buffer, consumed, _buffer, 0, filled - consumed);
            filled -= consumed;
        }

        // An entry cut short (a file being written past the snapshot): read it again next time.
        stream.Position -= filled;
    }

    private void Parse(ReadOnlySpan<byte> entry, List<LogLine> lines)
    {
        if (!CriLogFormat.TryParse(entry, out var timestamp, out var stream, out var partial, out var text))
        {
            return;
        }

        var pending = _partial[(int)stream];
        if (partial)
        {
            pending.Write(text);
            return;
        }

        if (pending.WrittenCount > 0)
        {
            pending.Write(text);
            lines.Add(new LogLine(timestamp, stream, Encoding.UTF8.GetString(pending.WrittenSpan)));
            pending.Clear();
        }
        else
        {
            lines.Add(new LogLine(timestamp, stream, Encoding.UTF8.GetString(text)));
        }
    }
}
