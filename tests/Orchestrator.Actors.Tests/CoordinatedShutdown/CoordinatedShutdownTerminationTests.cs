using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using static Orchestrator.Actors.CoordinatedShutdown;

namespace Orchestrator.Actors.Tests.Shutdown;

/// <summary>How coordinated shutdown ends the actor system and the process, and how it is started.</summary>
public sealed class CoordinatedShutdownTerminationTests : TestKit.TestKit
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    private readonly List<ActorSystem> _systems = [];

    [Fact]
    public async Task Terminate_runs_every_phase_and_then_terminates_the_system()
    {
        var system = NewSystem();
        var shutdown = Get(system);
        var ran = new ConcurrentQueue<string>();
        shutdown.AddTask(PhaseBeforeServiceUnbind, "first", () => Enqueue(ran, "first"));
        shutdown.AddTask(PhaseBeforeActorSystemTerminate, "last", () => Enqueue(ran, system.WhenTerminated.IsCompleted ? "too late" : "last"));

        await system.Terminate().WaitAsync(Generous);

        Assert.True(system.WhenTerminated.IsCompleted);
        Assert.Equal(["first", "last"], ran);
        Assert.Same(ActorSystemTerminateReason.Instance, shutdown.ShutdownReason);
        Assert.True(shutdown.Run(UnknownReason.Instance).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Run_terminates_the_system_in_its_last_phase_and_Terminate_then_joins_it()
    {
        var system = NewSystem();
        var shutdown = Get(system);

        await shutdown.Run(ClusterLeavingReason.Instance).WaitAsync(Generous);

        Assert.True(system.WhenTerminated.IsCompleted);
        await system.Terminate().WaitAsync(Generous);
        Assert.Same(ClusterLeavingReason.Instance, shutdown.ShutdownReason);
    }

    [Fact]
    public async Task Terminate_without_run_by_actor_system_terminate_stops_the_system_without_running_the_phases()
    {
        var system = NewSystem("orch.coordinated-shutdown.run-by-actor-system-terminate = off");
        var shutdown = Get(system);
        var ran = new ConcurrentQueue<string>();
        shutdown.AddTask(PhaseServiceUnbind, "unbind", () => Enqueue(ran, "unbind"));

        await system.Terminate().WaitAsync(Generous);

        Assert.Empty(ran);
        Assert.Null(shutdown.ShutdownReason);
    }

    [Fact]
    public async Task Terminate_still_terminates_the_system_when_a_phase_without_recover_fails()
    {
        var system = NewSystem("orch.coordinated-shutdown.phases.service-unbind.recover = off");
        var shutdown = Get(system);
        shutdown.AddTask(PhaseServiceUnbind, "fails", () => Task.FromException<Done>(new InvalidOperationException("unbind failed")));

        await system.Terminate().WaitAsync(Generous);

        Assert.True(system.WhenTerminated.IsCompleted);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => shutdown.Run(UnknownReason.Instance).WaitAsync(Generous));
        Assert.Equal("unbind failed", failure.Message);
    }

    [Fact]
    public async Task The_process_hooks_are_registered_at_start_and_removed_when_the_system_terminates()
    {
        var system = NewSystem("orch.coordinated-shutdown.run-by-clr-shutdown-hook = on");
        var hook = Get(system).ClrHook;
        Assert.NotNull(hook);
        Assert.True(hook.IsRegistered);

        await system.Terminate().WaitAsync(Generous);

        AwaitCondition(() => !hook.IsRegistered, Generous);
        Assert.Null(Get(NewSystem("orch.coordinated-shutdown.run-by-clr-shutdown-hook = off")).ClrHook);
    }

    [Fact]
    public async Task SIGTERM_runs_the_shutdown_with_the_clr_exit_reason_and_cancels_the_immediate_exit()
    {
        var system = NewSystem("orch.coordinated-shutdown.run-by-clr-shutdown-hook = on");
        var shutdown = Get(system);
        var signal = new PosixSignalContext(PosixSignal.SIGTERM);

        shutdown.ClrHook!.HandleSignal(signal);

        Assert.True(signal.Cancel);
        await system.WhenTerminated.WaitAsync(Generous);
        Assert.Same(ClrExitReason.Instance, shutdown.ShutdownReason);
        var second = new PosixSignalContext(PosixSignal.SIGINT);
        shutdown.ClrHook.HandleSignal(second);
        Assert.False(second.Cancel);
    }

    [Fact]
    public void Process_exit_waits_for_the_whole_shutdown_and_does_not_exit_the_process_itself()
    {
        var system = NewSystem("orch.coordinated-shutdown { run-by-clr-shutdown-hook = on, exit-clr = on }");
        var shutdown = Get(system);
        var exits = new ConcurrentQueue<int>();
        shutdown.ExitProcess = exits.Enqueue;
        var ran = new ConcurrentQueue<string>();
        shutdown.AddTask(PhaseServiceStop, "stop", () => Enqueue(ran, "stop"));

        shutdown.ClrHook!.HandleProcessExit();

        Assert.True(system.WhenTerminated.IsCompleted);
        Assert.Equal(["stop"], ran);
        Assert.Same(ClrExitReason.Instance, shutdown.ShutdownReason);
        Assert.Empty(exits);
    }

    [Fact]
    public async Task Exit_clr_exits_the_process_with_code_zero_after_the_system_has_terminated()
    {
        var system = NewSystem("orch.coordinated-shutdown.exit-clr = on");
        var shutdown = Get(system);
        var exited = new TaskCompletionSource<(int Code, bool Terminated)>(TaskCreationOptions.RunContinuationsAsynchronously);
        shutdown.ExitProcess = code => exited.TrySetResult((code, system.WhenTerminated.IsCompleted));

        _ = shutdown.Run(UnknownReason.Instance);

        Assert.Equal((0, true), await exited.Task.WaitAsync(Generous));
    }

    protected override void AfterAll()
    {
        foreach (var system in _systems)
        {
            system.Terminate().Wait(Generous);
        }
    }

    /// <summary>A system of its own (this kit's <c>Sys</c> must outlive the test), quiet below errors, without process hooks unless asked.</summary>
    private ActorSystem NewSystem(string config = "")
    {
        var system = ActorSystem.Create(
            $"shutdown-{_systems.Count}",
            $"""
            orch.loglevel = Error
            orch.coordinated-shutdown.run-by-clr-shutdown-hook = off
            {config}
            """);
        _systems.Add(system);
        return system;
    }

    private static Task<Done> Enqueue(ConcurrentQueue<string> ran, string name)
    {
        ran.Enqueue(name);
        return Done.CompletedTask;
    }
}
