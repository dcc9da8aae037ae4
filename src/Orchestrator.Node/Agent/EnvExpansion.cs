using System.Text;

namespace Orchestrator.Node.Agent;

/// <summary>
/// Kubernetes' expansion of <c>$(VAR)</c> references in a container's env values, command and args:
/// a reference to a defined variable is replaced by its value, <c>$$</c> is a literal <c>$</c> (so
/// <c>$$(VAR)</c> stays <c>$(VAR)</c>), and anything else, an undefined variable included, is left as written.
/// </summary>
internal static class EnvExpansion
{
    /// <summary>
    /// The container's environment with each value expanded against the variables before it (later
    /// definitions of a name win), and its command and args expanded against the whole environment.
    /// </summary>
    public static (IReadOnlyList<KeyValuePair<string, string>> Env, IReadOnlyList<string> Command, IReadOnlyList<string> Args) Apply(
        IReadOnlyList<KeyValuePair<string, string>> env, IReadOnlyList<string> command, IReadOnlyList<string> args)
    {
        var defined = new Dictionary<string, string>(StringComparer.Ordinal);
        var expanded = new List<KeyValuePair<string, string>>(env.Count);
        foreach (var (name, value) in env)
        {
            var result = Expand(value, defined);
            defined[name] = result;
            expanded.Add(KeyValuePair.Create(name, result));
        }

        return (expanded, [.. command.Select(c => Expand(c, defined))], [.. args.Select(a => Expand(a, defined))]);
    }

    /// <summary>Expands the references in <paramref name="input"/> with <paramref name="variables"/>.</summary>
    public static string Expand(string input, IReadOnlyDictionary<string, string> variables)
    {
        if (!input.Contains('$', StringComparison.Ordinal))
        {
            return input;
        }

        var output = new StringBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            if (input[i] != '$' || i + 1 == input.Length)
            {
                output.Append(input[i++]);
                continue;
            }

            switch (input[i + 1])
            {
                case '$':
                    output.Append('$');
                    i += 2;
                    break;
                case '(' when input.IndexOf(')', i + 2) is var close and > 0:
                    var name = input[(i + 2)..close];
                    output.Append(variables.TryGetValue(name, out var value) ? value : input[i..(close + 1)]);
                    i = close + 1;
                    break;
                default:
                    output.Append('$');
                    i++;
                    break;
            }
        }

        return output.ToString();
    }
}
