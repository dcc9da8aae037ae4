namespace Orchestrator.Actors.Sql.Journal;

/// <summary>One event, serialised and ready to insert.</summary>
internal readonly record struct JournalRow(string PersistenceId, long SequenceNr, string Manifest, byte[] Payload, string Tags, string WriterId, long Created);
