using System.Diagnostics;
using Orchestrator.Actors;
using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Spawn;

/// <summary>
/// Creates many idle actors under one parent, as an orchestrator holds one actor per pod
/// or container: how long it takes until all have started, and what each one costs on
/// the heap while alive. Each trial uses a fresh actor system.
/// </summary>
internal sealed class SpawnScenario : IScenario
{
    private const double MaximumBytesPerActor = 500;
    private static readonly TimeSpan SpawnTimeout = TimeSpan.FromMinutes(5);

    public string Name => "spawn";

    public string Description => "1,000,000 idle actors under one parent: seconds until all started, and live GC heap bytes per actor";

    public async Task<ScenarioReport> RunAsync(ScenarioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var count = options.Pick(full: 1_000_000, quick: 100_000);

        // A small untimed spawn first, so that the measured ones run jitted code.
        await SpawnAsync(Math.Min(count, 10_000), cancellationToken);
        var trials = new List<SpawnTrial>();
        for (var trial = 0; trial < options.Trials; trial++)
        {
            var result = await SpawnAsync(count, cancellationToken);
            trials.Add(result);
            options.Progress.WriteLine($"spawn trial {trial + 1}/{options.Trials}: {result.Seconds:0.000} s (ActorOf loop {result.LoopSeconds:0.000} s, GC pauses {result.GcPauseSeconds:0.000} s, stop {result.StopSeconds:0.000} s), {result.BytesPerActor:0} bytes/actor (children map {result.ChildrenMapBytesPerActor:0}, name {result.NameBytesPerActor:0})");
        }

        double Median(Func<SpawnTrial, double> figure) => Statistics.Median([.. trials.Select(figure)]);
        var seconds = Median(t => t.Seconds);
        var bytes = Median(t => t.BytesPerActor);
        return new ScenarioReport(
            Name,
            [
                new ReportRow($"spawn {Formatting.Number(count)} actors", "s", new Figure("seconds", seconds)),
                new ReportRow("  of which the parent's ActorOf loop", "s", new Figure("actor_of_loop_seconds", Median(t => t.LoopSeconds))),
                new ReportRow("  of which GC pauses", "s", new Figure("gc_pause_seconds", Median(t => t.GcPauseSeconds))),
                new ReportRow("actors started per second", "actors/s", new Figure("actors_per_s", count / seconds)),
                new ReportRow($"stop {Formatting.Number(count)} actors (Context.Stop each)", "s", new Figure("stop_seconds", Median(t => t.StopSeconds))),
                new ReportRow("heap per idle actor", "bytes", new Figure("bytes_per_actor", bytes))
                {
                    Targets = [Target.AtMost(bytes, MaximumBytesPerActor, $"<= {MaximumBytesPerActor:0} B")],
                },
                new ReportRow("  of which the parent's children map", "bytes", new Figure("children_map_bytes_per_actor", Median(t => t.ChildrenMapBytesPerActor))),
                new ReportRow("  of which the generated name", "bytes", new Figure("name_bytes_per_actor", Median(t => t.NameBytesPerActor))),
                new ReportRow("actors per GB of heap", "actors", new Figure("actors_per_gb", 1e9 / bytes)),
            ])
        {
            Extra = [new Figure("actors", count)],
            Notes =
            [
                "seconds: from the request to the parent until every child's PreStart ran; bytes: (live heap after - before) / actors, children alive, after full compacting GCs",
                "children map and name are measured by rebuilding them alone; reference point: Akka.NET claims about 2.5 million actors per GB (400 bytes each)",
            ],
        };
    }

    private static async Task<SpawnTrial> SpawnAsync(int count, CancellationToken cancellationToken)
    {
        var system = BenchmarkSystem.Create("spawn");
        try
        {
            var parent = system.ActorOf(Props.Create<SpawningParent>(), "parent");
            await parent.Ask<ActorIdentity>(new Identify(null), SpawnTimeout, cancellationToken);
            var props = Props.Create<IdleActor>();
            var started = new Countdown(count);
            IdleActor.Started = started;

            var before = Heap.LiveBytes();
            var pausedBefore = GC.GetTotalPauseDuration();
            var begun = Stopwatch.GetTimestamp();
            var spawned = await parent.Ask<ChildrenSpawned>(new SpawnChildren(count, props), SpawnTimeout, cancellationToken);
            await started.WaitAsync(SpawnTimeout, $"spawning {count} actors", cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(begun);
            var paused = GC.GetTotalPauseDuration() - pausedBefore;
            IdleActor.Started = null;
            var after = Heap.LiveBytes();

            var (mapBytes, nameBytes) = ChildrenBookkeeping.Measure(parent);

            // Stop the children one by one while the parent lives: linear time. Leaving them
            // to Terminate stops them through the parent's own termination, where each child's
            // death copies the whole children map (ActorCell.HasChildren): quadratic, minutes
            // for 100,000 children.
            var stopped = new Countdown(count);
            IdleActor.Stopped = stopped;
            begun = Stopwatch.GetTimestamp();
            parent.Tell(StopChildren.Instance, ActorRefs.NoSender);
            await stopped.WaitAsync(SpawnTimeout, $"stopping {count} actors", cancellationToken);
            var stopSeconds = Stopwatch.GetElapsedTime(begun).TotalSeconds;
            IdleActor.Stopped = null;
            return new SpawnTrial(elapsed.TotalSeconds, spawned.Elapsed.TotalSeconds, paused.TotalSeconds, stopSeconds, (double)(after - before) / count, mapBytes, nameBytes);
        }
        finally
        {
            await system.Terminate();
        }
    }
}
