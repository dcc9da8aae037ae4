using Orchestrator.Actors.Persistence.Journal;
using static Orchestrator.Actors.Persistence.Journal.JournalProtocol;
using static Orchestrator.Actors.Persistence.Snapshot.SnapshotProtocol;

namespace Orchestrator.Actors.Persistence;

/// <summary>
/// Recovery, as Akka's: wait for a permit, load the snapshot and offer it, replay the later events, learn the
/// highest stored sequence number, deliver <see cref="RecoveryCompleted"/>, then process the stashed commands.
/// A failure on the way (the journal or snapshot store fails, a recover handler throws) calls
/// <see cref="OnRecoveryFailure"/> and stops the actor.
/// </summary>
public abstract partial class Eventsourced
{
    private Recovery _recovery = Recovery.Default;

    // The event being replayed, for a restart caused by a failure while replaying.
    private PersistentRepresentation? _replayedEvent;

    private void RequestRecoveryPermit()
    {
        _state = State.WaitingRecoveryPermit;
        _extension.Permitter.Tell(RecoveryPermitter.RequestRecoveryPermit.Instance, Self);
    }

    private void ReturnRecoveryPermit() => _extension.Permitter.Tell(RecoveryPermitter.ReturnRecoveryPermit.Instance, Self);

    private void WaitingRecoveryPermit(object message)
    {
        if (message is not RecoveryPermitter.RecoveryPermitGranted)
        {
            StashDuringRecovery(message);
            return;
        }

        _recovery = Recovery;
        _state = State.LoadingSnapshot;
        LoadSnapshot(SnapshotterId, _recovery.FromSnapshot, _recovery.ToSequenceNr);
    }

    private void LoadingSnapshot(object message)
    {
        switch (message)
        {
            case LoadSnapshotResult result:
                if (result.Snapshot is { } snapshot && !Offer(new SnapshotOffer(snapshot.Metadata, snapshot.Snapshot)))
                {
                    return;
                }

                _state = State.Replaying;
                Journal.Tell(new ReplayMessages(LastSequenceNr + 1, result.ToSequenceNr, _recovery.ReplayMax, PersistenceId, Self), Self);
                break;
            case LoadSnapshotFailed failed:
                FailRecovery(failed.Cause, null);
                break;
            default:
                StashDuringRecovery(message);
                break;
        }
    }

    /// <summary>Offers the snapshot; false when a recover handler threw (and recovery has failed).</summary>
    private bool Offer(SnapshotOffer offer)
    {
        var before = LastSequenceNr;
        try
        {
            LastSequenceNr = offer.Metadata.SequenceNr;
            if (!ReceiveRecover(offer))
            {
                // Not understood: replay the whole history instead.
                LastSequenceNr = before;
                Unhandled(offer);
            }

            return true;
        }
        catch (Exception e)
        {
            FailRecovery(e, null);
            return false;
        }
    }

    private void Replaying(object message)
    {
        switch (message)
        {
            case ReplayedMessages replayed:
                foreach (var persistent in replayed.Events)
                {
                    if (!ReplayEvent(persistent))
                    {
                        // Recovery failed and the actor is stopping: the rest of the chunk is not applied.
                        break;
                    }
                }

                break;
            case RecoverySuccess success:
                CompleteRecovery(Math.Max(success.HighestSequenceNr, LastSequenceNr));
                break;
            case ReplayMessagesFailure failure:
                FailRecovery(failure.Cause, null);
                break;
            default:
                StashDuringRecovery(message);
                break;
        }
    }

    /// <summary>Applies one replayed event; false when its handler threw (and recovery has failed).</summary>
    private bool ReplayEvent(PersistentRepresentation persistent)
    {
        var payload = persistent.Payload;
        try
        {
            _replayedEvent = persistent;
            UpdateLastSequenceNr(persistent.SequenceNr);
            if (!ReceiveRecover(payload))
            {
                Unhandled(payload);
            }

            return true;
        }
        catch (Exception e)
        {
            FailRecovery(e, payload);
            return false;
        }
    }

    private void CompleteRecovery(long highestSequenceNr)
    {
        _replayedEvent = null;
        _sequenceNr = highestSequenceNr;
        LastSequenceNr = highestSequenceNr;
        OnReplaySuccess();

        // Recovery is over from here: the RecoveryCompleted handler may persist.
        _state = State.ProcessingCommands;
        try
        {
            if (!ReceiveRecover(RecoveryCompleted.Instance))
            {
                Unhandled(RecoveryCompleted.Instance);
            }
        }
        finally
        {
            ReturnRecoveryPermit();
            FlushBatch();
            if (_pendingStashingPersistInvocations > 0)
            {
                _state = State.PersistingEvents;
            }
            else
            {
                _internalStash.UnstashAll();
            }
        }
    }

    private void FailRecovery(Exception cause, object? @event)
    {
        try
        {
            OnRecoveryFailure(cause, @event);
        }
        finally
        {
            Context.Stop(Self);
            ReturnRecoveryPermit();
        }
    }

    /// <summary>Commands wait for the end of recovery; replies meant for an earlier incarnation are dropped.</summary>
    private void StashDuringRecovery(object message)
    {
        if (message is not IWriteReply)
        {
            _internalStash.Stash();
        }
    }

    private void UpdateLastSequenceNr(long sequenceNr)
    {
        if (sequenceNr > LastSequenceNr)
        {
            LastSequenceNr = sequenceNr;
        }
    }
}
