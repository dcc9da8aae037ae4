using Xunit.Sdk;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

/// <summary>
/// A fact about a container runtime. Written once in <see cref="ContainerRuntimeConformance"/>, it runs in
/// each concrete class, and is skipped with the reason in a class whose <see cref="RuntimeRequirementAttribute"/>
/// says the runtime is not available.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Orchestrator.Node.Tests.Runtime.Conformance.RuntimeFactDiscoverer", "Orchestrator.Node.Tests")]
public sealed class RuntimeFactAttribute : FactAttribute;
