using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Event;

/// <summary>
/// Logs dead letters at Information, up to <c>orch.log-dead-letters</c> of them (Akka's
/// default: 10), then says that further ones are not logged.
/// </summary>
internal sealed partial class DeadLetterListener : ActorBase
{
    private readonly ILogger _log;
    private readonly int _limit;
    private int _count;

    public DeadLetterListener(ILogger log, int limit)
    {
        _log = log;
        _limit = limit;
    }

    protected override void PreStart() => Context.System.EventStream.Subscribe<DeadLetter>(Self);

    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);

    protected internal override bool Receive(object message)
    {
        if (message is not DeadLetter dead)
        {
            return false;
        }

        _count++;
        if (_count <= _limit)
        {
            LogDeadLetter(_log, dead.Message.GetType().Name, dead.Sender.Path, dead.Recipient.Path, _count, _limit);
        }

        if (_count == _limit)
        {
            LogLimitReached(_log, _limit);
        }

        return true;
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Message [{Type}] from {Sender} to {Recipient} was not delivered. [{Count}] dead letters encountered (logging at most {Limit}). Set orch.log-dead-letters to change this.")]
    private static partial void LogDeadLetter(ILogger logger, string type, ActorPath sender, ActorPath recipient, int count, int limit);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "{Limit} dead letters logged; further dead letters are not logged.")]
    private static partial void LogLimitReached(ILogger logger, int limit);
}
