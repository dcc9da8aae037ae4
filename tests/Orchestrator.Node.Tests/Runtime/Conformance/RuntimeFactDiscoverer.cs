using Xunit.Abstractions;
using Xunit.Sdk;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

/// <summary>
/// Discovers <see cref="RuntimeFactAttribute"/> tests: as plain facts, except in a class marked with a
/// <see cref="RuntimeRequirementAttribute"/> that gives a skip reason, where each becomes a skipped test that says why.
/// </summary>
public sealed class RuntimeFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var reason = testMethod.TestClass.Class.ToRuntimeType()
            .GetCustomAttributes(typeof(RuntimeRequirementAttribute), inherit: true)
            .Cast<RuntimeRequirementAttribute>()
            .Select(requirement => requirement.SkipReason)
            .FirstOrDefault(skip => skip is not null);
        if (reason is not null)
        {
            return new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
        }

        return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
