using Orchestrator.Core.Hosting;
using Orchestrator.Node.Hosting;

// The worker process: the node agent and its container runtime, resource monitoring and
// static pods, configured from hocon/worker.conf (see WorkerHost).
return await ProcessHost.RunAsync("worker", args, WorkerHost.StartAsync);
