using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;
using Orchestrator.Node.Runtime.Hollow;
using Orchestrator.Node.Runtime.Processes;

namespace Orchestrator.Node.Hosting;

/// <summary>
/// Makes the container runtime <c>orch.node.runtime.kind</c> names: <c>docker</c>, <c>process</c>,
/// <c>hollow</c>, or <c>auto</c>: Docker when an engine answers on its socket, else processes.
/// </summary>
public static partial class RuntimeFactory
{
    /// <summary>How long <c>auto</c> waits for a Docker engine to answer before it takes the process runtime.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The configured runtime, ready for use.</summary>
    /// <exception cref="ConfigurationException">The kind is unknown, or the runtime's settings are invalid.</exception>
    /// <exception cref="ContainerRuntimeException">Docker was asked for and does not answer.</exception>
    public static async Task<IContainerRuntime> CreateAsync(Config config, ILoggerFactory loggerFactory, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var log = loggerFactory.CreateLogger(typeof(RuntimeFactory));
        var kind = config.GetString("orch.node.runtime.kind");
        switch (kind)
        {
            case "docker":
                var docker = Docker(config, loggerFactory, time);
                await CheckAsync(docker, cancellationToken);
                return docker;
            case "process":
                return Process(config, loggerFactory, time);
            case "hollow":
                return new HollowRuntime(HollowSettings.Create(config.GetConfig(HollowSettings.SectionPath)), time);
            case "auto":
                var engine = Docker(config, loggerFactory, time);
                try
                {
                    await CheckAsync(engine, cancellationToken);
                    Log.Chosen(log, "docker", "a Docker engine answers");
                    return engine;
                }
                catch (ContainerRuntimeException e)
                {
                    await engine.DisposeAsync();
                    Log.Chosen(log, "process", $"no Docker engine answers ({e.Message})");
                    return Process(config, loggerFactory, time);
                }

            default:
                throw new ConfigurationException($"orch.node.runtime.kind = \"{kind}\" is not a runtime: use auto, docker, process or hollow.");
        }
    }

    private static DockerRuntime Docker(Config config, ILoggerFactory loggerFactory, TimeProvider time) =>
        new(DockerSettings.Create(config.GetConfig(DockerSettings.SectionPath)), loggerFactory.CreateLogger<DockerRuntime>(), time);

    private static ProcessRuntime Process(Config config, ILoggerFactory loggerFactory, TimeProvider time) =>
        new(ProcessSettings.Create(config.GetConfig(ProcessSettings.SectionPath)), loggerFactory.CreateLogger<ProcessRuntime>(), time);

    /// <summary>Asks the engine its version within <see cref="ProbeTimeout"/>; a silent engine is <see cref="ContainerRuntimeErrorKind.Unavailable"/>.</summary>
    private static async Task CheckAsync(IContainerRuntime runtime, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await runtime.VersionAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Unavailable, $"the Docker engine did not answer within {ProbeTimeout.TotalSeconds:0} s");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6111, Level = LogLevel.Information, Message = "Container runtime: {Runtime} ({Why})")]
        public static partial void Chosen(ILogger logger, string runtime, string why);
    }
}
