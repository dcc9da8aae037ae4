using Orchestrator.Core.Hosting;

// The worker process. It hosts the actor runtime configured from hocon/worker.conf;
// each capability of the worker role starts its actors in the callback below.
return await ProcessHost.RunAsync("worker", args, static (_, _) => Task.CompletedTask);
