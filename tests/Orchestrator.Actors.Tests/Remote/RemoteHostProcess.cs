using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Orchestrator.Actors.TestKit.MultiNode;
using Xunit;

namespace Orchestrator.Actors.Tests.Remote;

/// <summary>
/// The remote host (tests/Orchestrator.Actors.RemoteHost) as a separate OS process with the harness's secret: a
/// remote actor system with an echo actor, which the test can kill with SIGKILL as a crash would.
/// </summary>
internal sealed class RemoteHostProcess : IDisposable
{
    /// <summary>The manifest under which the host echoes strings.</summary>
    public const string TextManifest = "test.remote-host.text";

    private readonly Process _process;

    private RemoteHostProcess(Process process, Address address, long uid)
    {
        _process = process;
        Address = address;
        Uid = uid;
    }

    /// <summary>The host system's address.</summary>
    public Address Address { get; }

    /// <summary>The uid of this incarnation.</summary>
    public long Uid { get; }

    /// <summary>Starts the host on <paramref name="port"/> (0: any) and reads its address and uid.</summary>
    public static async Task<RemoteHostProcess> StartAsync(int port, CancellationToken cancellationToken)
    {
        var path = typeof(RemoteHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RemoteHost").Value!;
        Assert.True(File.Exists(path), $"The remote host is not built at {path}.");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(path);
        info.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        info.Environment["ORCH_CLUSTER_SECRET"] = MultiNodeHarness.DefaultSecret;
        var process = Process.Start(info) ?? throw new InvalidOperationException("The remote host did not start.");
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        var parts = line?.Split(' ');
        if (parts is not ["ADDRESS", var address, "UID", var uid])
        {
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException($"The remote host printed '{line}' instead of its address.");
        }

        return new RemoteHostProcess(process, Address.Parse(address), long.Parse(uid, CultureInfo.InvariantCulture));
    }

    /// <summary>SIGKILL: no shutdown, no goodbye on the wire.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
