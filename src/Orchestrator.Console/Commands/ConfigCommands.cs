using System.CommandLine;
using Orchestrator.Actors.Configuration;
using Orchestrator.Core.Hosting;

namespace Orchestrator.Console.Commands;

/// <summary>
/// <c>orchctl config check FILE</c> validates a process configuration the way the
/// process will read it (over every module's reference.conf, unknown keys and type
/// mismatches reported with file and line); <c>orchctl config show FILE [PATH]</c>
/// prints the effective, resolved configuration.
/// </summary>
internal static class ConfigCommands
{
    public static Command Create()
    {
        var command = new Command("config", "Check or print a process configuration (hocon/*.conf)");
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Show());
        return command;
    }

    private static Command Check()
    {
        var file = new Argument<FileInfo>("file") { Description = "The HOCON file, e.g. hocon/seed.conf" };
        var command = new Command("check", "Validate a configuration file against the defaults of every module") { file };
        command.SetAction(result => Run(result.GetValue(file)!, config =>
        {
            System.Console.Out.WriteLine($"{result.GetValue(file)!.FullName}: ok ({config.AsEnumerable().Count()} settings in effect)");
        }));
        return command;
    }

    private static Command Show()
    {
        var file = new Argument<FileInfo>("file") { Description = "The HOCON file, e.g. hocon/worker.conf" };
        var path = new Argument<string?>("path") { Description = "Print only this subtree, e.g. orch.actor", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("show", "Print the effective configuration: the file over the defaults of every module") { file, path };
        command.SetAction(result => Run(result.GetValue(file)!, config =>
        {
            var subtree = result.GetValue(path);
            if (subtree is not null && !config.HasPath(subtree))
            {
                throw new ConfigurationException($"'{subtree}' is not set");
            }

            System.Console.Out.WriteLine((subtree is null ? config : config.GetConfig(subtree)).Render());
        }));
        return command;
    }

    private static int Run(FileInfo file, Action<Config> action)
    {
        try
        {
            action(ProcessConfig.Load(new ProcessOptions("orchctl", "orchctl", file.FullName, [])));
            return 0;
        }
        catch (ConfigurationException e)
        {
            System.Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
