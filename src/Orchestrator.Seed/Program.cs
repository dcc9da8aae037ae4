using Orchestrator.Core.Hosting;

// The seed process. It hosts the actor runtime configured from hocon/seed.conf;
// each capability of the seed role starts its actors in the callback below.
return await ProcessHost.RunAsync("seed", args, static (_, _) => Task.CompletedTask);
