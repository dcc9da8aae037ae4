using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors.Remote;

/// <summary>The body of a <see cref="FrameKind.System"/> frame: kind, flags, watchee path, watcher path.</summary>
internal static class RemoteSystemMessage
{
    public const byte Watch = 1;
    public const byte Unwatch = 2;
    public const byte DeathWatchNotification = 3;
    public const byte ExistenceConfirmed = 1;
    public const byte AddressTerminated = 2;

    public static byte Flags(DeathWatchNotification notification) =>
        (byte)((notification.ExistenceConfirmed ? ExistenceConfirmed : 0) | (notification.AddressTerminated ? AddressTerminated : 0));

    public static byte[] Encode(byte kind, byte flags, ReadOnlySpan<byte> watchee, ReadOnlySpan<byte> watcher)
    {
        var body = new byte[2 + 2 + watchee.Length + 2 + watcher.Length];
        body[0] = kind;
        body[1] = flags;
        var at = 2 + FrameCodec.WriteString(body.AsSpan(2), watchee);
        FrameCodec.WriteString(body.AsSpan(at), watcher);
        return body;
    }
}
