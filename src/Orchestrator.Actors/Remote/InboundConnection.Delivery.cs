using System.Text;
using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors.Remote;

/// <summary>Decoding a frame into a delivery: user messages, selections and death-watch system messages.</summary>
internal sealed partial class InboundConnection
{
    private static readonly Func<IActorRef, bool> IsGone = actor => actor is IInternalActorRef { IsTerminated: true };

    private void DeliverMessage(ReadOnlySpan<byte> body)
    {
        var reader = new FrameReader(body);
        var flags = reader.ReadByte();
        var recipientPath = reader.ReadString();
        var senderPath = reader.ReadString();
        var manifest = _manifests.Get(reader.ReadString(), static text => text);
        var message = transport.Serialization.Deserialize(manifest, reader.Rest);
        var sender = senderPath.IsEmpty ? null : _senders.Get(senderPath, ResolveAny);
        if ((flags & FrameCodec.SelectionFlag) != 0)
        {
            var system = transport.System;
            ActorSelection.Create(system.RootGuardian, system, Encoding.UTF8.GetString(recipientPath)).Tell(message, sender);
            return;
        }

        _recipients.Get(recipientPath, ResolveLocal, IsGone).Tell(message, sender);
    }

    private void DeliverSystemMessage(ReadOnlySpan<byte> body)
    {
        var reader = new FrameReader(body);
        var kind = reader.ReadByte();
        var flags = reader.ReadByte();
        var watcheePath = reader.ReadString();
        var watcherPath = reader.ReadString();
        switch (kind)
        {
            case RemoteSystemMessage.Watch:
                if (ResolveLocal(Encoding.UTF8.GetString(watcheePath)) is LocalActorRef { IsTerminated: false } watchee)
                {
                    watchee.SendSystemMessage(new Watch(watchee, ResolveAny(Encoding.UTF8.GetString(watcherPath))));
                }
                else
                {
                    // Nothing lives there: answer with the watchee exactly as the watcher named it.
                    transport.AssociationFor(Peer!).SendSystem(RemoteSystemMessage.DeathWatchNotification, 0, watcheePath, watcherPath);
                }

                break;
            case RemoteSystemMessage.Unwatch:
                if (ResolveLocal(Encoding.UTF8.GetString(watcheePath)) is LocalActorRef unwatched)
                {
                    unwatched.SendSystemMessage(new Unwatch(unwatched, ResolveAny(Encoding.UTF8.GetString(watcherPath))));
                }

                break;
            case RemoteSystemMessage.DeathWatchNotification:
                if (ResolveLocal(Encoding.UTF8.GetString(watcherPath)) is IInternalActorRef watcher &&
                    ResolveAny(Encoding.UTF8.GetString(watcheePath)) is RemoteActorRef terminated)
                {
                    transport.Watcher.Unwatch(terminated, watcher);
                    watcher.SendSystemMessage(new DeathWatchNotification(
                        terminated,
                        (flags & RemoteSystemMessage.ExistenceConfirmed) != 0,
                        (flags & RemoteSystemMessage.AddressTerminated) != 0));
                }

                break;
            default:
                throw new InvalidDataException($"unknown system message kind {kind}");
        }
    }

    /// <summary>An actor of this system; a path naming another system is a misdirected frame.</summary>
    private IActorRef ResolveLocal(string text)
    {
        var path = Parse(text);
        var system = transport.System;
        if (!path.Address.Equals(transport.Address) && !path.Address.Equals(system.LocalAddress))
        {
            throw new InvalidDataException($"the recipient {text} is not in this system");
        }

        return system.ResolveLocal(path);
    }

    private IActorRef ResolveAny(string text) => transport.System.Provider.ResolveActorRef(Parse(text));

    private static ActorPath Parse(string text) =>
        ActorPath.TryParse(text, out var path) ? path : throw new InvalidDataException($"'{text}' is not an actor path");
}
