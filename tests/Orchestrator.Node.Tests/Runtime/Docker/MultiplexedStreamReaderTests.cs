using System.Buffers.Binary;
using System.Text;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>The decoder of Docker's multiplexed stdout/stderr frames (8-byte header, then the payload).</summary>
public sealed class MultiplexedStreamReaderTests
{
    [Fact]
    public async Task Tags_each_line_with_the_stream_of_its_frame()
    {
        var lines = await ReadAsync(Frame(1, "out one\n"), Frame(2, "err one\n"), Frame(1, "out two\nout three\n"));

        Assert.Equal(
            [(LogStream.Stdout, "out one"), (LogStream.Stderr, "err one"), (LogStream.Stdout, "out two"), (LogStream.Stdout, "out three")],
            lines);
    }

    [Fact]
    public async Task Joins_a_line_split_across_frames_even_inside_a_character()
    {
        var text = Encoding.UTF8.GetBytes("grüße\n");
        var split = Array.IndexOf(text, (byte)0xC3) + 1; // between the two bytes of 'ü'

        var lines = await ReadAsync(Frame(1, text[..split]), Frame(2, "between\n"), Frame(1, text[split..]));

        Assert.Equal([(LogStream.Stderr, "between"), (LogStream.Stdout, "grüße")], lines);
    }

    [Fact]
    public async Task Gives_a_last_line_without_its_end_and_drops_carriage_returns()
    {
        var lines = await ReadAsync(Frame(1, "windows\r\nno end"), Frame(2, "err no end"));

        Assert.Equal([(LogStream.Stdout, "windows"), (LogStream.Stdout, "no end"), (LogStream.Stderr, "err no end")], lines);
    }

    [Fact]
    public async Task Reads_empty_lines_and_empty_frames()
    {
        var lines = await ReadAsync(Frame(1, "\n"), Frame(1, string.Empty), Frame(1, "after\n"));

        Assert.Equal([(LogStream.Stdout, string.Empty), (LogStream.Stdout, "after")], lines);
    }

    [Fact]
    public async Task Puts_the_engines_own_errors_on_stderr()
    {
        var lines = await ReadAsync(Frame(3, "OCI runtime exec failed\n"));

        Assert.Equal([(LogStream.Stderr, "OCI runtime exec failed")], lines);
    }

    [Fact]
    public async Task Rejects_a_stream_that_is_not_multiplexed()
    {
        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => ReadAsync(Encoding.ASCII.GetBytes("2024-05-01T10:00:00Z plain text\n")));

        Assert.Equal(ContainerRuntimeErrorKind.Failed, error.Kind);
        Assert.Contains("not multiplexed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_stream_that_ends_inside_a_header()
    {
        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => ReadAsync(Frame(1, "ok\n"), [1, 0, 0]));

        Assert.Contains("3 of 8 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payload_cut_short_is_an_error()
    {
        var frame = Frame(1, "complete line\n");

        await Assert.ThrowsAsync<EndOfStreamException>(() => ReadAsync(frame[..^3]));
    }

    private static byte[] Frame(byte stream, string text) => Frame(stream, Encoding.UTF8.GetBytes(text));

    private static byte[] Frame(byte stream, byte[] payload)
    {
        var frame = new byte[8 + payload.Length];
        frame[0] = stream;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(4), payload.Length);
        payload.CopyTo(frame, 8);
        return frame;
    }

    private static async Task<List<(LogStream, string)>> ReadAsync(params byte[][] frames)
    {
        // One byte per read: the decoder must not assume a frame arrives in one piece.
        using var source = new TrickleStream(frames.SelectMany(frame => frame).ToArray());
        var lines = new List<(LogStream, string)>();
        await foreach (var line in MultiplexedStreamReader.ReadLinesAsync(source, CancellationToken.None))
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>A stream that hands out at most one byte per read, as a slow socket may.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
    }
}
