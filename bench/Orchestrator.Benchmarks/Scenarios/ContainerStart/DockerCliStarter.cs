using System.Diagnostics;
using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Benchmarks.Scenarios.ContainerStart;

/// <summary>
/// The Docker baseline: <c>docker run -d</c> of the same image and command, with the same labels, timed from
/// starting the CLI until it exits (it exits once the container runs). Disposing removes the containers.
/// </summary>
/// <param name="key">The figure's key stem.</param>
/// <param name="arguments">The words after <c>docker run -d</c>, before the name and labels: e.g. the network to join.</param>
/// <param name="image">The image and command: the words at the end.</param>
/// <param name="labels">The labels every container gets.</param>
/// <param name="socketPath">The engine's socket, for the clean-up.</param>
internal sealed class DockerCliStarter(
    string key, IReadOnlyList<string> arguments, IReadOnlyList<string> image, IReadOnlyDictionary<string, string> labels, string socketPath) : IStarter
{
    private readonly List<string> _containers = [];

    public string Key { get; } = key;

    public async Task<TimeSpan> StartOneAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in (string[])["run", "-d", "--name", $"bench_cli_{Guid.NewGuid():N}", .. arguments])
        {
            start.ArgumentList.Add(word);
        }

        foreach (var (label, value) in labels)
        {
            start.ArgumentList.Add("--label");
            start.ArgumentList.Add($"{label}={value}");
        }

        foreach (var word in image)
        {
            start.ArgumentList.Add(word);
        }

        var begun = Stopwatch.GetTimestamp();
        using var cli = Process.Start(start) ?? throw new InvalidOperationException("docker did not start");
        var output = cli.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = cli.StandardError.ReadToEndAsync(cancellationToken);
        await cli.WaitForExitAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(begun);
        if (cli.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker run -d exited {cli.ExitCode}: {(await errors).Trim()}");
        }

        _containers.Add((await output).Trim());
        return elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        using var client = new DockerClient(socketPath, TimeSpan.FromMinutes(1));
        foreach (var id in _containers)
        {
            await client.RemoveContainerAsync(id, CancellationToken.None);
        }
    }
}
