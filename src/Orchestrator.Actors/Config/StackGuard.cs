using System.Runtime.CompilerServices;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Turns runaway recursion (thousands of nested brackets, long self-reference chains) into a
/// <see cref="ConfigurationException"/> before the thread's stack overflows and kills the process.
/// </summary>
internal static class StackGuard
{
    public static void Ensure(ConfigOrigin origin)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ConfigurationException(origin, "configuration is nested too deeply to process");
        }
    }
}
