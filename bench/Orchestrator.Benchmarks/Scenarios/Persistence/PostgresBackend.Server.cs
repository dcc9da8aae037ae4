using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>The throwaway server: initdb and pg_ctl, run as <c>postgres</c> when we are root (PostgreSQL refuses root).</summary>
internal sealed partial class PostgresBackend
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(120);

    private static string DataDirectory(string directory) => Path.Combine(directory, "data");

    /// <summary>initdb, then pg_ctl start on a free loopback port; returns the admin connection string.</summary>
    private static async Task<string> StartServerAsync(string bin, string directory, CancellationToken cancellationToken)
    {
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres:postgres", directory], asPostgres: false, cancellationToken);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", DataDirectory(directory), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asPostgres: true, cancellationToken);
        var port = FreeLoopbackPort();
        var options = $"-k {directory} -p {port} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=300";
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataDirectory(directory), "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start"], asPostgres: true, cancellationToken);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    private static Task StopServerAsync(string directory) =>
        RunAsync(Path.Combine(PostgresEnvironment.BinDirectory!, "pg_ctl"), ["-D", DataDirectory(directory), "-m", "fast", "-w", "-t", "60", "stop"], asPostgres: true, CancellationToken.None);

    /// <summary>Runs a tool to completion; a non-zero exit or a hang is an <see cref="InvalidOperationException"/> with its output.</summary>
    private static async Task RunAsync(string tool, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        IEnumerable<string> all = arguments;
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            start.FileName = "runuser";
            all = ["-u", "postgres", "--", tool, .. arguments];
        }
        else
        {
            start.FileName = tool;
        }

        foreach (var argument in all)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} did not finish within {ToolTimeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
