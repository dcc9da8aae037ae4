using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Processes;
using Orchestrator.Node.Tests.Runtime.Conformance;
using Xunit.Abstractions;
using static Orchestrator.Node.Tests.Runtime.Processes.BusyboxScripts;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>
/// The conformance suite on the process runtime. Its image is busybox (the host's, on PATH), so its scripts run in
/// busybox's sh; a mount appears under the container's root directory (<c>$ORCH_CONTAINER_ROOT</c>), not at its path.
/// </summary>
public sealed class ProcessRuntimeConformanceTests(ITestOutputHelper output) : ContainerRuntimeConformance(output)
{
    private readonly ProcessRuntimeRoot _root = new();

    protected override string ExpectedName => ProcessRuntime.RuntimeName;

    protected override string PresentImage => "busybox:latest";

    protected override string MissingImage => "no-such-program-here:1.0";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _root.Dispose();
    }

    protected override Task<IContainerRuntime> CreateRuntimeAsync() => Task.FromResult<IContainerRuntime>(_root.NewRuntime());

    protected override ContainerConfig ExitWith(int exitCode) => Sh($"exit {exitCode}");

    protected override ContainerConfig SleepThenExit(TimeSpan duration, int exitCode) => Sh($"sleep {Seconds(duration)}; exit {exitCode}");

    protected override ContainerConfig Print(IReadOnlyList<ScriptLine> lines, TimeSpan pause) => Sh(BusyboxScripts.Print(lines, pause));

    protected override ContainerConfig PrintEnv(string variable) => Sh($"echo \"${variable}\"");

    protected override ContainerConfig RunUntilStopped() => Sh($"echo {ReadyLine}; exec sleep 3600");

    protected override ContainerConfig IgnoreSigterm() => Sh($"trap '' TERM; echo {ReadyLine}; exec sleep 3600");

    protected override ContainerConfig BusyLoop() => Sh("while :; do :; done");

    protected override ContainerConfig WriteFile(string mountPath, string fileName, string text) =>
        Sh($"echo {Quote(text)} > \"${ProcessRuntime.ContainerRootVariable}{mountPath}/{fileName}\"");

    protected override ContainerConfig ReadFile(string mountPath, string fileName) =>
        Sh($"cat \"${ProcessRuntime.ContainerRootVariable}{mountPath}/{fileName}\"");

    protected override IReadOnlyList<string> ExecPrint(string text, int exitCode) => ["sh", "-c", $"echo {Quote(text)}; exit {exitCode}"];

    protected override IReadOnlyList<string> ExecSleep(TimeSpan duration) => ["sleep", Seconds(duration)];

    /// <summary>busybox sh -c <paramref name="script"/>: the image's program with its arguments.</summary>
    private ContainerConfig Sh(string script) => Script([], ["sh", "-c", script]);
}
