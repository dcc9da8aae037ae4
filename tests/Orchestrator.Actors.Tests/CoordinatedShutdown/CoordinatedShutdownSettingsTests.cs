using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Shutdown;

/// <summary>The checks on <c>orch.coordinated-shutdown</c>, made when a system is created.</summary>
public sealed class CoordinatedShutdownSettingsTests
{
    [Fact]
    public void A_cycle_between_phases_is_a_configuration_error_naming_the_cycle()
    {
        var error = CreateFails("""
            orch.coordinated-shutdown.phases {
              x { depends-on = [z] }
              y { depends-on = [x] }
              z { depends-on = [y] }
            }
            """);

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Contains("x -> z -> y -> x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phase_that_depends_on_itself_is_a_cycle()
    {
        var error = CreateFails("orch.coordinated-shutdown.phases.x.depends-on = [x]");

        Assert.Contains("x -> x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Depending_on_an_unknown_phase_is_a_configuration_error()
    {
        var error = CreateFails("orch.coordinated-shutdown.phases.service-unbind.depends-on = [before-service-unbnd]");

        Assert.Contains("unknown phase [before-service-unbnd]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_and_non_positive_timeouts_are_all_reported_with_their_position()
    {
        var error = CreateFails("""
            orch.coordinated-shutdown {
              exit-jvm = on
              phases.service-unbind { recovr = off, timeout = 0s }
            }
            """);

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains(error.Problems, problem => problem.Contains("unknown key 'exit-jvm'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, problem => problem.Contains("phases.service-unbind.recovr", StringComparison.Ordinal));
        Assert.Contains(error.Problems, problem => problem.Contains("must be positive", StringComparison.Ordinal));
        Assert.All(error.Problems, problem => Assert.StartsWith("<test config>:", problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_a_configuration_error()
    {
        var error = CreateFails("orch.coordinated-shutdown.phases.service-stop.recover = sometimes");

        Assert.Contains("service-stop.recover", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_on_terminate_without_terminating_the_system_is_rejected_as_in_Akka()
    {
        var error = CreateFails("orch.coordinated-shutdown.terminate-actor-system = off");

        Assert.Contains("run-by-actor-system-terminate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_phases_with_every_setting_order_after_their_dependencies()
    {
        var settings = new CoordinatedShutdownSettings(Parse("""
            orch.coordinated-shutdown.phases {
              drain-queues { depends-on = [service-unbind], timeout = 30s, recover = off, enabled = on }
              service-requests-done { depends-on = [drain-queues] }
            }
            """));

        var order = settings.OrderedPhases.ToList();
        Assert.True(order.IndexOf(CoordinatedShutdown.PhaseServiceUnbind) < order.IndexOf("drain-queues"));
        Assert.True(order.IndexOf("drain-queues") < order.IndexOf(CoordinatedShutdown.PhaseServiceRequestsDone));
        Assert.Equal(CoordinatedShutdown.PhaseActorSystemTerminate, order[^1]);
        var drain = settings.Phases["drain-queues"];
        Assert.Equal([CoordinatedShutdown.PhaseServiceUnbind], drain.DependsOn);
        Assert.Equal(TimeSpan.FromSeconds(30), drain.Timeout);
        Assert.False(drain.Recover);
        Assert.True(drain.Enabled);
        Assert.True(settings.Phases[CoordinatedShutdown.PhaseServiceStop].Recover);
    }

    private static ConfigurationException CreateFails(string hocon) =>
        Assert.Throws<ConfigurationException>(() => ActorSystem.Create("invalid-shutdown-config", ConfigurationFactory.ParseString(hocon, "<test config>")).Dispose());

    private static Config Parse(string hocon) =>
        ConfigurationFactory.ParseString(hocon, "<test config>").WithFallback(ConfigurationFactory.FromResource(typeof(ActorSystem).Assembly, "Orchestrator.Actors.reference.conf"));
}
