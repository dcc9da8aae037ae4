namespace Orchestrator.Node.Runtime.Processes;

/// <summary>What the process runtime keeps of a pod sandbox on disk (sandbox.json).</summary>
/// <param name="Id">The sandbox's id.</param>
/// <param name="Config">What it was created from, labels and volumes included.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Stopped">Whether it was stopped (its containers killed); a stopped sandbox only awaits removal.</param>
internal sealed record SandboxRecord(string Id, PodSandboxConfig Config, DateTimeOffset CreatedAt, bool Stopped);
