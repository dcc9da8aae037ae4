using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>
/// Decodes Docker's multiplexed output (logs and exec of a container without a terminal): frames of an
/// 8-byte header (stream type: 0 stdin, 1 stdout, 2 stderr, 3 the engine's own error; three zero bytes;
/// the payload length, big-endian) and the payload; and splits each stream's payloads into lines, a line
/// possibly spanning frames.
/// </summary>
internal static class MultiplexedStreamReader
{
    private const int HeaderLength = 8;

    /// <summary>The lines of each stream, in the order their ends arrive; a last line without its end comes out last.</summary>
    /// <exception cref="ContainerRuntimeException">The stream is not multiplexed output (Failed).</exception>
    public static async IAsyncEnumerable<(LogStream Stream, string Line)> ReadLinesAsync(
        Stream source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var stdout = new LineSplitter(LogStream.Stdout);
        var stderr = new LineSplitter(LogStream.Stderr);
        var header = new byte[HeaderLength];
        while (await ReadHeaderAsync(source, header, cancellationToken))
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
            if (header[0] > 3 || header[1] != 0 || header[2] != 0 || header[3] != 0 || length < 0)
            {
                throw new ContainerRuntimeException(
                    ContainerRuntimeErrorKind.Failed,
                    $"Docker's output stream is not multiplexed: bad frame header {Convert.ToHexString(header)}.");
            }

            var splitter = header[0] is 2 or 3 ? stderr : stdout;
            var payload = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            try
            {
                await source.ReadExactlyAsync(payload.AsMemory(0, length), cancellationToken);
                foreach (var line in splitter.Add(payload.AsSpan(0, length)))
                {
                    yield return (splitter.Stream, line);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(payload);
            }
        }

        foreach (var splitter in new[] { stdout, stderr })
        {
            if (splitter.Flush() is { } rest)
            {
                yield return (splitter.Stream, rest);
            }
        }
    }

    /// <summary>Reads a frame header; false at the end of the stream before one starts.</summary>
    private static async ValueTask<bool> ReadHeaderAsync(Stream source, byte[] header, CancellationToken cancellationToken)
    {
        var read = await source.ReadAtLeastAsync(header, HeaderLength, throwOnEndOfStream: false, cancellationToken);
        return read switch
        {
            0 => false,
            HeaderLength => true,
            _ => throw new ContainerRuntimeException(
                ContainerRuntimeErrorKind.Failed, $"Docker's output stream ended inside a frame header ({read} of {HeaderLength} bytes)."),
        };
    }

    /// <summary>Turns one stream's bytes into lines; a UTF-8 character split across frames is decoded whole.</summary>
    private sealed class LineSplitter(LogStream stream)
    {
        private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
        private readonly StringBuilder _pending = new();
        private char[] _chars = new char[256];

        public LogStream Stream { get; } = stream;

        public List<string> Add(ReadOnlySpan<byte> bytes)
        {
            var needed = _decoder.GetCharCount(bytes, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            }

            var count = _decoder.GetChars(bytes, _chars, flush: false);
            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < count; i++)
            {
                if (_chars[i] != '\n')
                {
                    continue;
                }

                _pending.Append(_chars, start, i - start);
                lines.Add(TrimCarriageReturn(_pending.ToString()));
                _pending.Clear();
                start = i + 1;
            }

            _pending.Append(_chars, start, count - start);
            return lines;
        }

        public string? Flush() => _pending.Length == 0 ? null : TrimCarriageReturn(_pending.ToString());

        private static string TrimCarriageReturn(string line) => line.EndsWith('\r') ? line[..^1] : line;
    }
}
