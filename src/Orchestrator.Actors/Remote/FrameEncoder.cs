using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// Encodes queued frames into a connection's pipe for one writer loop: the payload goes to a reused buffer
/// first (its length is needed before the header), manifests and paths come from caches, so a message costs
/// no allocation beyond what its serializer makes.
/// </summary>
internal sealed partial class FrameEncoder(RemoteTransport transport, Address remote)
{
    private ArrayBufferWriter<byte> _payload = new(4096);
    private readonly Dictionary<string, byte[]> _manifests = new(StringComparer.Ordinal);
    private readonly Serialization.Serialization _serialization = transport.Serialization;
    private readonly ILogger _log = transport.Log;

    public void Encode(PipeWriter writer, in OutboundEnvelope envelope)
    {
        if (envelope.Kind != FrameKind.Message)
        {
            FrameCodec.WriteFrame(writer, envelope.Kind, envelope.Target);
            return;
        }

        var message = envelope.Message!;
        _payload.ResetWrittenCount();
        string manifest;
        try
        {
            manifest = _serialization.Serialize(message, _payload);
        }
        catch (SerializationException e)
        {
            LogNotSerializable(_log, message.GetType(), remote, e.Message);
            return;
        }

        if (!_manifests.TryGetValue(manifest, out var manifestBytes))
        {
            manifestBytes = Encoding.UTF8.GetBytes(manifest);
            _manifests[manifest] = manifestBytes;
        }

        var sender = envelope.Sender is { } s ? transport.EncodePath(s) : [];
        var recipient = envelope.Target;
        var payload = _payload.WrittenSpan;
        var bodyLength = 1 + 2 + recipient.Length + 2 + sender.Length + 2 + manifestBytes.Length + payload.Length;
        if (bodyLength + 1 > transport.Settings.MaximumFrameSize)
        {
            LogOversized(_log, message.GetType(), remote, bodyLength + 1, transport.Settings.MaximumFrameSize);
            return;
        }

        var span = writer.GetSpan(FrameCodec.HeaderSize + bodyLength);
        FrameCodec.WriteHeader(span, bodyLength, FrameKind.Message);
        var at = FrameCodec.HeaderSize;
        span[at++] = envelope.Flags;
        at += FrameCodec.WriteString(span[at..], recipient);
        at += FrameCodec.WriteString(span[at..], sender);
        at += FrameCodec.WriteString(span[at..], manifestBytes);
        payload.CopyTo(span[at..]);
        writer.Advance(FrameCodec.HeaderSize + bodyLength);
        if (_payload.Capacity > 1024 * 1024)
        {
            _payload = new ArrayBufferWriter<byte>(4096);
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Dropped a message of type {Type} to {Remote}: it cannot be serialized ({Reason})")]
    private static partial void LogNotSerializable(ILogger logger, Type type, Address remote, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Dropped a message of type {Type} to {Remote}: its frame is {Size} bytes, over orch.remote.maximum-frame-size ({Maximum} bytes)")]
    private static partial void LogOversized(ILogger logger, Type type, Address remote, int size, long maximum);
}
