namespace Orchestrator.Core.Hosting;

/// <summary>
/// The command line every Orchestrator process accepts:
/// <c>--config FILE</c> (a HOCON file over the modules' reference.conf),
/// <c>--set PATH=VALUE</c> (repeatable; wins over the file) and <c>--name NAME</c>
/// (this process's name in logs; defaults to the role).
/// </summary>
public sealed record ProcessOptions(string Role, string Name, string? ConfigFile, IReadOnlyList<string> Overrides)
{
    /// <summary>The usage line for a role's process.</summary>
    public static string Usage(string role) =>
        $"usage: {role} [--config FILE] [--set PATH=VALUE]... [--name NAME]";

    /// <summary>Parses arguments; a malformed command line is an <see cref="ArgumentException"/> with a message for the user.</summary>
    public static ProcessOptions Parse(string role, IReadOnlyList<string> args)
    {
        string? configFile = null;
        string? name = null;
        var overrides = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            if (flag is "-h" or "--help")
            {
                throw new ArgumentException(Usage(role));
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{flag} needs a value. {Usage(role)}");
            }

            var value = args[++i];
            switch (flag)
            {
                case "--config":
                    configFile = value;
                    break;
                case "--name":
                    name = value;
                    break;
                case "--set":
                    if (!value.Contains('=', StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"--set expects PATH=VALUE, got '{value}'.");
                    }

                    overrides.Add(value);
                    break;
                default:
                    throw new ArgumentException($"unknown option '{flag}'. {Usage(role)}");
            }
        }

        return new ProcessOptions(role, name ?? role, configFile, overrides);
    }
}
