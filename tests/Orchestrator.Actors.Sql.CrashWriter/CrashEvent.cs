using System.Security.Cryptography;
using System.Text;

namespace Orchestrator.Actors.Sql.CrashWriter;

/// <summary>
/// The event the crash writer persists: it names its own position and carries a checksum of it and of a
/// body, so that a reader can tell a whole event from a torn or misplaced one. Shared (as a linked source
/// file) with the crash-safety test, which registers it under the same manifest.
/// </summary>
/// <param name="PersistenceId">The entity the event was written for.</param>
/// <param name="SequenceNr">The sequence number it was written at.</param>
/// <param name="Body">Filler that makes the row span more than a few bytes.</param>
/// <param name="Checksum">SHA-256 (hex) of the three fields above.</param>
public sealed record CrashEvent(string PersistenceId, long SequenceNr, string Body, string Checksum)
{
    /// <summary>The manifest both processes register the event under.</summary>
    public const string Manifest = "crash-event";

    /// <summary>The event for (<paramref name="persistenceId"/>, <paramref name="sequenceNr"/>), with a body of <paramref name="bodyLength"/> characters.</summary>
    public static CrashEvent Create(string persistenceId, long sequenceNr, int bodyLength)
    {
        var body = string.Create(bodyLength, (persistenceId, sequenceNr), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + ((i + state.sequenceNr + state.persistenceId.Length) % 26));
            }
        });
        return new CrashEvent(persistenceId, sequenceNr, body, ChecksumOf(persistenceId, sequenceNr, body));
    }

    /// <summary>True when the checksum matches the fields and the event sits where it was written.</summary>
    public bool IsIntactAt(string persistenceId, long sequenceNr) =>
        PersistenceId == persistenceId && SequenceNr == sequenceNr && Checksum == ChecksumOf(PersistenceId, SequenceNr, Body);

    private static string ChecksumOf(string persistenceId, long sequenceNr, string body) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{persistenceId}\n{sequenceNr}\n{body}")));
}
