namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>Polls a condition with a deadline: for what has no event to wait on (a file the shim writes while no runtime runs).</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + ProcessRuntimeHarness.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting: {what}.");
            await Task.Delay(20);
        }
    }
}
