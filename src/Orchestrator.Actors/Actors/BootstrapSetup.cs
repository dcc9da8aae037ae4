using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors;

/// <summary>What a host hands a new actor system: its configuration, its clock and its loggers.</summary>
public sealed record BootstrapSetup
{
    /// <summary>Configuration layered over the reference configuration of each module.</summary>
    public Config? Config { get; init; }

    /// <summary>The clock of the scheduler, timers and timeouts; tests pass a virtual one.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Where log lines go; without one they go to standard error at <c>orch.loglevel</c>.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
