using Orchestrator.Node.Tests.Infrastructure;
using Orchestrator.Node.Tests.Runtime.Conformance;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>
/// Marks a test class whose <see cref="RuntimeFactAttribute"/> tests need a Docker engine: they are skipped,
/// with the reason, when <see cref="DockerEnvironment.SkipReason"/> says so (and fail with
/// <c>ORCH_REQUIRE_DOCKER=1</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresDockerAttribute : RuntimeRequirementAttribute
{
    /// <inheritdoc/>
    public override string? SkipReason => DockerEnvironment.SkipReason;
}
