using System.CommandLine;
using Orchestrator.Console.Commands;

// orchctl: the admin console. Each command group lives in Commands/.
var root = new RootCommand("orchctl: the Orchestrator admin console")
{
    ConfigCommands.Create(),
};
return await root.Parse(args).InvokeAsync();
