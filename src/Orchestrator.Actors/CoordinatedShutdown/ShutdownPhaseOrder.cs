using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors;

/// <summary>Orders the phases of coordinated shutdown so that every phase comes after the phases it depends on.</summary>
internal static class ShutdownPhaseOrder
{
    /// <summary>
    /// A topological order of <paramref name="phases"/> (a depth-first search, visiting phases in the
    /// order they are given, so that unrelated phases keep their configured order).
    /// </summary>
    /// <exception cref="ConfigurationException">A phase depends on an unknown phase, or phases depend on each other in a cycle.</exception>
    public static IReadOnlyList<string> Sort(IReadOnlyList<ShutdownPhase> phases)
    {
        var byName = phases.ToDictionary(phase => phase.Name, StringComparer.Ordinal);
        foreach (var phase in phases)
        {
            if (phase.DependsOn.FirstOrDefault(dependency => !byName.ContainsKey(dependency)) is { } unknown)
            {
                throw new ConfigurationException(
                    $"orch.coordinated-shutdown.phases.{phase.Name}.depends-on: unknown phase [{unknown}]; known phases: [{string.Join(", ", byName.Keys)}].");
            }
        }

        var order = new List<string>(phases.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var phase in phases)
        {
            Visit(phase.Name, byName, done, path, order);
        }

        return order;
    }

    private static void Visit(string name, Dictionary<string, ShutdownPhase> byName, HashSet<string> done, List<string> path, List<string> order)
    {
        if (done.Contains(name))
        {
            return;
        }

        var start = path.IndexOf(name);
        if (start >= 0)
        {
            var cycle = string.Join(" -> ", path.Skip(start).Append(name));
            throw new ConfigurationException(
                $"orch.coordinated-shutdown.phases: the phases depend on each other in a cycle ({cycle}); their depends-on must form a directed acyclic graph.");
        }

        path.Add(name);
        foreach (var dependency in byName[name].DependsOn)
        {
            Visit(dependency, byName, done, path, order);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(name);
        order.Add(name);
    }
}
