namespace Orchestrator.Actors.Remote;

/// <summary>An association handshake was refused: wrong secret, wrong address, or a quarantined incarnation.</summary>
internal sealed class HandshakeRefusedException(string message) : Exception(message);
