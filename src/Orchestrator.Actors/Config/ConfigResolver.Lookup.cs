namespace Orchestrator.Actors.Configuration;

/// <summary>Substitution lookups: the tree first, then the environment.</summary>
internal sealed partial class ConfigResolver
{
    private ConfigValue? ResolveSubstitution(ConfigSubstitution substitution) =>
        Lookup(substitution.Path, substitution)
        ?? (substitution.UnprefixedPath is { } unprefixed ? Lookup(unprefixed, substitution) : null)
        ?? FromEnvironment(substitution)
        ?? Undefined(
            substitution,
            $"cannot resolve {substitution.Describe()}: there is no setting '{substitution.Path}' and no environment variable '{substitution.EnvironmentName}'");

    /// <summary>
    /// <c>${path}</c> inside the value of <c>path</c> itself: the value the field had before this
    /// definition, or, when it had none, the environment.
    /// </summary>
    private ConfigValue? ResolveSelfReference(ConfigSelfReference reference)
    {
        var substitution = reference.Substitution;
        var problem = $"{substitution.Describe()} refers to the field it defines, which has no earlier value to build on";
        if (reference.Previous is { } previous && ResolveValue(previous) is { } earlier)
        {
            if (Walk(earlier, reference.SubPath) is { } found)
            {
                return found;
            }

            problem = $"{substitution.Describe()} refers to the field it defines, whose earlier value has no setting '{reference.SubPath}'";
        }

        return FromEnvironment(substitution) ?? Undefined(substitution, problem);
    }

    /// <summary>Finds and resolves the value at <paramref name="path"/>, resolving only what the walk passes through.</summary>
    private ConfigValue? Lookup(ConfigPath path, ConfigSubstitution requester)
    {
        ConfigValue current = _root;
        for (var i = 0; i < path.Length; i++)
        {
            if (current is not ConfigObject obj)
            {
                // A substitution or merge on the way must be resolved to know whether it is an object.
                if (current.IsResolved || ResolveAtPath(path.Take(i), current, requester) is not ConfigObject resolved)
                {
                    return null;
                }

                obj = resolved;
            }

            if (!obj.TryGetValue(path[i], out var child))
            {
                return null;
            }

            current = child;
        }

        return ResolveAtPath(path, current, requester);
    }

    private static ConfigValue? Walk(ConfigValue value, ConfigPath path)
    {
        for (var i = 0; i < path.Length; i++)
        {
            if (value is not ConfigObject obj || !obj.TryGetValue(path[i], out var child))
            {
                return null;
            }

            value = child;
        }

        return value;
    }

    private static ConfigScalar? FromEnvironment(ConfigSubstitution substitution)
    {
        var name = substitution.EnvironmentName;
        var value = name is null ? null : Environment.GetEnvironmentVariable(name);
        return value is null ? null : ConfigScalar.String(new ConfigOrigin($"environment variable {name}", 0, 0), value);
    }

    /// <summary>An optional substitution that finds nothing leaves its field undefined; a required one is an error.</summary>
    private static ConfigValue? Undefined(ConfigSubstitution substitution, string message) =>
        substitution.Optional ? null : throw new ConfigurationException(substitution.Origin, message);
}
