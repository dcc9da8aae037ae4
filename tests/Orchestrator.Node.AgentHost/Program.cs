using System.Globalization;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Processes;

// The agent host of the SIGKILL adoption tests: over the process runtime's root directory <root>, it runs one
// sandbox with <count> busybox containers that sleep <seconds>, labelled with their index and attempt <attempt>,
// prints "started <id>" for each and then "ready", and lives until it is killed or its standard input closes
// (the test holds it open, so a host whose test run died does not linger).
if (args is not [var root, var countText, var secondsText, var attemptText]
    || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
{
    await Console.Error.WriteLineAsync("usage: Orchestrator.Node.AgentHost <root-dir> <count> <sleep-seconds> <attempt>");
    return 2;
}

var runtime = new ProcessRuntime(ProcessSettings.Default with { RootDirectory = root });
var uid = Guid.NewGuid().ToString();
var podLabels = new Dictionary<string, string> { [ContainerLabels.PodUid] = uid, [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue };
var sandbox = await runtime.RunPodSandboxAsync(new PodSandboxConfig(uid, "default", "killed-agent", 0, podLabels, []), CancellationToken.None);
for (var i = 0; i < count; i++)
{
    var labels = new Dictionary<string, string>(podLabels)
    {
        [ContainerLabels.ContainerName] = $"c{i}",
        [ContainerLabels.Attempt] = attemptText,
    };
    var config = new ContainerConfig(
        $"c{i}", "busybox", [], ["sleep", secondsText], [], null, [], ContainerResources.None, labels);
    var id = await runtime.CreateContainerAsync(sandbox, config, CancellationToken.None);
    await runtime.StartContainerAsync(id, CancellationToken.None);
    Console.WriteLine($"started {id}");
}

Console.WriteLine("ready");
await Console.In.ReadToEndAsync();
return 0;
