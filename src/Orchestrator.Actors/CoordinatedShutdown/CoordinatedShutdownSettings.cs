using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors;

/// <summary>
/// The settings of coordinated shutdown, read once from <c>orch.coordinated-shutdown</c> and checked:
/// unknown keys, values of the wrong type, non-positive timeouts, unknown dependencies and cycles between
/// phases are <see cref="ConfigurationException"/>s. Phases are an open map: a process may add its own.
/// </summary>
internal sealed class CoordinatedShutdownSettings
{
    private static readonly string[] SectionKeys =
        ["default-phase-timeout", "terminate-actor-system", "exit-clr", "run-by-actor-system-terminate", "run-by-clr-shutdown-hook", "phases"];

    private static readonly string[] PhaseKeys = ["depends-on", "timeout", "recover", "enabled"];

    public CoordinatedShutdownSettings(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetValue(PathOf()) as ConfigObject
            ?? throw new ConfigurationException($"{PathOf()} must be an object with the settings of coordinated shutdown.");
        var problems = new List<string>();
        CheckKeys(section, SectionKeys, problems);
        DefaultPhaseTimeout = PositiveTimeout(config, section, "default-phase-timeout", PathOf("default-phase-timeout"), problems);
        TerminateActorSystem = config.GetBoolean(PathOf("terminate-actor-system"));
        ExitClr = config.GetBoolean(PathOf("exit-clr"));
        RunByActorSystemTerminate = config.GetBoolean(PathOf("run-by-actor-system-terminate"));
        RunByClrShutdownHook = config.GetBoolean(PathOf("run-by-clr-shutdown-hook"));
        var phases = ReadPhases(config, section, problems);
        if (RunByActorSystemTerminate && !TerminateActorSystem)
        {
            problems.Add($"{PathOf("run-by-actor-system-terminate")} = on needs {PathOf("terminate-actor-system")} = on (as in Akka): Terminate() must end with a terminated system.");
        }

        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        Phases = phases.ToDictionary(phase => phase.Name, StringComparer.Ordinal);
        OrderedPhases = ShutdownPhaseOrder.Sort(phases);
    }

    /// <summary>The timeout of a phase that sets none.</summary>
    public TimeSpan DefaultPhaseTimeout { get; }

    /// <summary>The last phase terminates the actor system.</summary>
    public bool TerminateActorSystem { get; }

    /// <summary>The process exits after a run.</summary>
    public bool ExitClr { get; }

    /// <summary><see cref="ActorSystem.Terminate"/> runs coordinated shutdown.</summary>
    public bool RunByActorSystemTerminate { get; }

    /// <summary>Process exit, SIGTERM and SIGINT run coordinated shutdown.</summary>
    public bool RunByClrShutdownHook { get; }

    /// <summary>The phases by name.</summary>
    public IReadOnlyDictionary<string, ShutdownPhase> Phases { get; }

    /// <summary>The phase names, each after the phases it depends on.</summary>
    public IReadOnlyList<string> OrderedPhases { get; }

    private List<ShutdownPhase> ReadPhases(Config config, ConfigObject section, List<string> problems)
    {
        var phases = new List<ShutdownPhase>();
        if (!section.TryGetValue("phases", out var value) || value is not ConfigObject all)
        {
            problems.Add($"{value?.Origin.ToString() ?? "<config>"}: {PathOf("phases")}: expected an object of phases");
            return phases;
        }

        foreach (var (name, phaseValue) in all)
        {
            if (phaseValue is not ConfigObject phase)
            {
                problems.Add($"{phaseValue.Origin}: {PathOf("phases", name)}: expected an object (depends-on, timeout, recover, enabled)");
                continue;
            }

            CheckKeys(phase, PhaseKeys, problems, "phases", name);
            var timeout = phase.ContainsKey("timeout")
                ? PositiveTimeout(config, phase, "timeout", PathOf("phases", name, "timeout"), problems)
                : DefaultPhaseTimeout;
            phases.Add(new ShutdownPhase(
                name,
                config.GetStringList(PathOf("phases", name, "depends-on"), []),
                timeout,
                config.GetBoolean(PathOf("phases", name, "recover"), true),
                config.GetBoolean(PathOf("phases", name, "enabled"), true)));
        }

        return phases;
    }

    private static TimeSpan PositiveTimeout(Config config, ConfigObject owner, string key, string path, List<string> problems)
    {
        var timeout = config.GetTimeSpan(path);
        if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            problems.Add($"{owner[key].Origin}: {path}: a phase timeout must be positive, got {timeout}");
        }

        return timeout;
    }

    private static void CheckKeys(ConfigObject obj, string[] known, List<string> problems, params string[] at)
    {
        foreach (var (key, value) in obj)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                problems.Add($"{value.Origin}: {PathOf([.. at, key])}: unknown key '{key}' (known keys: {string.Join(", ", known)})");
            }
        }
    }

    private static string PathOf(params string[] keys) => ConfigPath.Of(["orch", "coordinated-shutdown", .. keys]).ToString();
}
