namespace Orchestrator.Node.Tests.Runtime.Conformance;

/// <summary>
/// Marks a conformance class whose runtime may be missing on this machine (Docker): when
/// <see cref="SkipReason"/> is not null, every <see cref="RuntimeFactAttribute"/> test of the class is
/// skipped with that reason. Derive one per runtime (e.g. <c>RequiresDockerAttribute</c>) and return
/// null from <see cref="SkipReason"/> when the runtime is required (<c>ORCH_REQUIRE_DOCKER=1</c>), so
/// that a missing engine fails the tests instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class RuntimeRequirementAttribute : Attribute
{
    /// <summary>Why the class's tests cannot run here, or null when they run.</summary>
    public abstract string? SkipReason { get; }
}
