using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Core.Manifests;
using Orchestrator.Node.Agent.Messages;

namespace Orchestrator.Node.Hosting;

/// <summary>
/// The kubelet's file source of static pods: reads every <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c>
/// manifest in a directory, at start, on change notifications and every check interval, and hands the
/// agent the full set (<see cref="SyncPods"/>) whenever it changes. A manifest that cannot be read is
/// logged and its pods as last read stay as they are: a half-written or mistyped file never stops a
/// running pod. A deleted file removes its pods.
/// </summary>
public sealed partial class StaticPodSource : ActorBase, IWithTimers
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    private readonly string _directory;
    private readonly string _nodeName;
    private readonly TimeSpan _interval;
    private readonly IActorRef _agent;
    private readonly ILogger _log;
    private readonly Dictionary<string, IReadOnlyList<Pod>> _lastGood = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lastError = new(StringComparer.Ordinal);
    private FileSystemWatcher? _watcher;
    private string? _sent;
    private bool _scanning;
    private bool _rescan;

    private StaticPodSource(string directory, string nodeName, TimeSpan interval, IActorRef agent)
    {
        _directory = directory;
        _nodeName = nodeName;
        _interval = interval;
        _agent = agent;
        _log = Context.System.LoggerFactory.CreateLogger<StaticPodSource>();
    }

    /// <summary>Set by the runtime.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of the source of <paramref name="directory"/>'s pods for <paramref name="agent"/>.</summary>
    public static Props Props(string directory, string nodeName, TimeSpan interval, IActorRef agent) =>
        Orchestrator.Actors.Props.Create(() => new StaticPodSource(directory, nodeName, interval, agent));

    protected override void PreStart()
    {
        Timers.StartPeriodicTimer("rescan", Rescan.Instance, _interval);
        Self.Tell(Rescan.Instance);
    }

    protected override void PostStop() => _watcher?.Dispose();

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case Rescan:
                if (_watcher is null)
                {
                    WatchDirectory();
                }

                if (_scanning)
                {
                    _rescan = true;
                }
                else
                {
                    _scanning = true;
                    ManifestScan.ReadAsync(_directory, Extensions).PipeTo(Self);
                }

                return true;
            case ManifestScan scan:
                Apply(scan);
                ScanDone();
                return true;
            case Status.Failure failure:
                // Reading failed in an unexpected way: the pods stay as they are, and the next check tries again.
                Log.ScanFailed(_log, failure.Cause, _directory);
                ScanDone();
                return true;
            default:
                return false;
        }
    }

    private void ScanDone()
    {
        _scanning = false;
        if (_rescan)
        {
            _rescan = false;
            Self.Tell(Rescan.Instance);
        }
    }

    private void Apply(ManifestScan scan)
    {
        if (scan.DirectoryError is { } directoryError)
        {
            Log.DirectoryUnreadable(_log, _directory, directoryError);
        }

        foreach (var gone in _lastGood.Keys.Except(scan.Files.Keys).ToList())
        {
            _lastGood.Remove(gone);
        }

        foreach (var (file, result) in scan.Files)
        {
            if (result.Error is { } error)
            {
                if (!_lastError.TryGetValue(file, out var previous) || previous != error)
                {
                    Log.ManifestRefused(_log, error, _lastGood.ContainsKey(file));
                }

                _lastError[file] = error;
                continue;
            }

            _lastError.Remove(file);
            _lastGood[file] = [.. result.Pods.Select(pod => StaticPods.ForNode(pod, file, _nodeName))];
        }

        var pods = _lastGood.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value).ToList();
        var identity = string.Join(',', pods.Select(p => p.Metadata.Uid));
        if (identity != _sent)
        {
            _sent = identity;
            Log.Syncing(_log, pods.Count, _directory);
            _agent.Tell(new SyncPods(pods), Self);
        }
    }

    private void WatchDirectory()
    {
        if (!Directory.Exists(_directory))
        {
            return;
        }

        var self = Self;
        _watcher = new FileSystemWatcher(_directory) { IncludeSubdirectories = false };
        FileSystemEventHandler changed = (_, _) => self.Tell(Rescan.Instance);
        _watcher.Created += changed;
        _watcher.Changed += changed;
        _watcher.Deleted += changed;
        _watcher.Renamed += (_, _) => self.Tell(Rescan.Instance);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Read the directory again.</summary>
    private sealed record Rescan
    {
        public static readonly Rescan Instance = new();
    }
}
