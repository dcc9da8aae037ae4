using Orchestrator.Actors.TestKit;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>
/// What a status receiver got, read per pod: waiting for a status of one pod keeps the messages about
/// the others for later, so a test can wait for several pods in any order without losing any.
/// </summary>
public sealed class StatusFeed(TestProbe probe)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(8);
    private readonly Dictionary<string, Queue<object>> _pending = new(StringComparer.Ordinal);

    /// <summary>The probe the agent reports to.</summary>
    public TestProbe Probe { get; } = probe;

    /// <summary>Skips <paramref name="pod"/>'s messages until a status that satisfies <paramref name="predicate"/>.</summary>
    public PodStatus Await(Pod pod, Func<PodStatus, bool> predicate, string what) =>
        Next(pod, m => m is PodStatusChanged changed && predicate(changed.Status), what) is PodStatusChanged found
            ? found.Status
            : throw new InvalidOperationException("unreachable");

    /// <summary>Skips <paramref name="pod"/>'s statuses until it is removed.</summary>
    public PodRemoved AwaitRemoved(Pod pod) => (PodRemoved)Next(pod, m => m is PodRemoved, "removed");

    /// <summary>Fails if any message arrives within <paramref name="duration"/>.</summary>
    public void ExpectNothing(TimeSpan duration) => Probe.ExpectNoMsg(duration);

    private object Next(Pod pod, Func<object, bool> matches, string what)
    {
        var uid = pod.Metadata.Uid!;
        var skipped = new List<object>();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (_pending.TryGetValue(uid, out var queue))
            {
                while (queue.TryDequeue(out var message))
                {
                    if (matches(message))
                    {
                        return message;
                    }

                    skipped.Add(message);
                }
            }

            var left = deadline - DateTime.UtcNow;
            var next = left > TimeSpan.Zero ? Probe.ReceiveOne(left) : null;
            if (next is null)
            {
                throw new TestKitAssertionException(
                    $"Pod {pod.Metadata.Name}: no status within {Patience.TotalSeconds}s for \"{what}\"; skipped: {string.Join(" | ", skipped.Select(Describe))}");
            }

            var owner = next switch
            {
                PodStatusChanged changed => changed.PodUid,
                PodRemoved removed => removed.PodUid,
                _ => throw new TestKitAssertionException($"The status receiver got {next}."),
            };
            if (!_pending.TryGetValue(owner, out var ownerQueue))
            {
                _pending[owner] = ownerQueue = new Queue<object>();
            }

            ownerQueue.Enqueue(next);
        }
    }

    private static string Describe(object message) => message switch
    {
        PodStatusChanged { Status: var s } => $"{s.Phase} [{string.Join(", ", s.ContainerStatuses.Select(c => $"{c.Name}: {State(c)} restarts={c.RestartCount} ready={c.Ready}"))}]",
        _ => message.ToString() ?? "",
    };

    private static string State(ContainerStatus c) =>
        c.State.Running is not null ? "running"
        : c.State.Terminated is { } t ? $"terminated {t.ExitCode} {t.Reason}"
        : c.State.Waiting is { } w ? $"waiting {w.Reason}"
        : "unknown";
}
