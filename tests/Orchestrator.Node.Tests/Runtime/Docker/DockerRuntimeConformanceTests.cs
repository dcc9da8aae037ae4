using Orchestrator.Node.Runtime;
using Orchestrator.Node.Tests.Infrastructure;
using Orchestrator.Node.Tests.Runtime.Conformance;
using Xunit.Abstractions;
using static Orchestrator.Node.Tests.Runtime.Docker.BusyboxScript;
using static Orchestrator.Node.Tests.Runtime.Processes.BusyboxScripts;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>The runtime conformance suite against the <c>docker</c> runtime, with busybox scripts in the tests' image.</summary>
[RequiresDocker]
[Collection(DockerCollection.Name)]
public sealed class DockerRuntimeConformanceTests(DockerFixture docker, ITestOutputHelper output) : ContainerRuntimeConformance(output)
{
    protected override string ExpectedName => "docker";

    protected override string PresentImage => DockerFixture.TestImage;

    protected override string MissingImage => "orchestrator-test/missing:1";

    protected override Task<IContainerRuntime> CreateRuntimeAsync()
    {
        docker.Track(RunLabel);
        return Task.FromResult<IContainerRuntime>(docker.CreateRuntime());
    }

    protected override ContainerConfig ExitWith(int exitCode) => Script(Shell($"exit {exitCode}"));

    protected override ContainerConfig SleepThenExit(TimeSpan duration, int exitCode) => Script(Shell($"sleep {Seconds(duration)}; exit {exitCode}"));

    protected override ContainerConfig Print(IReadOnlyList<ScriptLine> lines, TimeSpan pause) => Script(Shell(Processes.BusyboxScripts.Print(lines, pause)));

    protected override ContainerConfig PrintEnv(string variable) => Script(Shell($"echo \"${variable}\""));

    protected override ContainerConfig RunUntilStopped() => Script(Shell($"trap 'exit 143' TERM; echo {ReadyLine}; {Forever}"));

    protected override ContainerConfig IgnoreSigterm() => Script(Shell($"trap '' TERM; echo {ReadyLine}; {Forever}"));

    protected override ContainerConfig BusyLoop() => Script(Shell("while :; do :; done"));

    protected override ContainerConfig WriteFile(string mountPath, string fileName, string text) =>
        Script(Shell($"echo {Quote(text)} > {Quote($"{mountPath}/{fileName}")}"));

    protected override ContainerConfig ReadFile(string mountPath, string fileName) => Script(Shell($"cat {Quote($"{mountPath}/{fileName}")}"));

    protected override IReadOnlyList<string> ExecPrint(string text, int exitCode) => Shell($"echo {Quote(text)}; exit {exitCode}");

    protected override IReadOnlyList<string> ExecSleep(TimeSpan duration) => ["sleep", Seconds(duration)];
}
