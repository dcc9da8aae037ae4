using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;
using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// The base class of actor tests (Akka.TestKit.Xunit2's TestKit): each test gets its own
/// <see cref="TestKitBase.Sys"/>, whose log goes to xunit's test output, and a
/// <see cref="TestKitBase.TestActor"/> that is the implicit sender of <c>actor.Tell(message)</c> in the test.
/// With <c>useVirtualTime</c>, the system's scheduler, timers and timeouts run on <see cref="VirtualTime"/>,
/// which only moves when the test advances it; expectations still wait in real time.
/// Disposing the test class terminates the system.
/// </summary>
public abstract partial class TestKit : TestKitBase, IDisposable
{
    private static int _systemCount;

    private readonly ILoggerFactory _loggerFactory;
    private readonly VirtualTimeProvider? _virtualTime;
    private bool _disposed;

    /// <summary>Starts a test system with <paramref name="config"/> (HOCON) over the TestKit's and the runtime's defaults.</summary>
    protected TestKit(ITestOutputHelper? output = null, string? config = null, string? systemName = null, bool useVirtualTime = false)
        : this(config is null ? Config.Empty : ConfigurationFactory.ParseString(config, "<test config>"), output, systemName, useVirtualTime)
    {
    }

    /// <summary>Starts a test system with <paramref name="config"/> over the TestKit's and the runtime's defaults.</summary>
    protected TestKit(Config config, ITestOutputHelper? output = null, string? systemName = null, bool useVirtualTime = false)
    {
        ArgumentNullException.ThrowIfNull(config);
        var full = config.WithFallback(TestKitSettings.Reference);
        _loggerFactory = TestSystemSetup.CreateLoggerFactory(full, output);
        _virtualTime = useVirtualTime ? new VirtualTimeProvider() : null;
        var name = systemName ?? $"{TestSystemSetup.SanitizeName(GetType().Name)}-{Interlocked.Increment(ref _systemCount)}";
        var system = ActorSystem.Create(name, new BootstrapSetup { Config = full, TimeProvider = _virtualTime, LoggerFactory = _loggerFactory });
        try
        {
            InitializeTest(system, null);
        }
        catch
        {
            // Bad orch.test settings: xunit will not dispose a test class whose constructor threw.
            system.Terminate().Wait(TimeSpan.FromSeconds(10));
            _loggerFactory.Dispose();
            throw;
        }

        ActorRefImplicitSenderExtensions.AmbientSender.Value = TestActor;
    }

    /// <summary>The virtual clock of <see cref="TestKitBase.Sys"/>; only with <c>useVirtualTime: true</c>.</summary>
    /// <exception cref="InvalidOperationException">The test was not constructed with <c>useVirtualTime: true</c>.</exception>
    public VirtualTimeProvider VirtualTime => _virtualTime ?? throw new InvalidOperationException(
        $"{GetType().Name} runs on real time: pass useVirtualTime: true to the TestKit constructor to get a VirtualTimeProvider.");

    /// <summary>
    /// Terminates <paramref name="system"/> (default: <see cref="TestKitBase.Sys"/>) and waits up to <paramref name="duration"/>
    /// (default: <c>orch.test.default-timeout</c> dilated). If it has not stopped by then, throws when
    /// <paramref name="verifySystemShutdown"/> is set, else logs a warning.
    /// </summary>
    public void Shutdown(ActorSystem? system = null, TimeSpan? duration = null, bool verifySystemShutdown = false)
    {
        system ??= Sys;
        var limit = duration is { } value ? Dilated(value) : Dilated(TestKitSettings.DefaultTimeout);
        var terminated = system.Terminate().Wait(limit);
        if (terminated)
        {
            return;
        }

        if (verifySystemShutdown)
        {
            throw new TestKitAssertionException($"Shutdown: actor system [{system.Name}] did not terminate within {Format.Duration(limit)}.");
        }

        LogShutdownTimedOut(system.Log, system.Name, Format.Duration(limit));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Called when the test ends, before the system is shut down; override for clean-up that needs the system.</summary>
    protected virtual void AfterAll()
    {
    }

    /// <summary>Runs <see cref="AfterAll"/>, then shuts the system down and releases the log output.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            return;
        }

        _disposed = true;
        try
        {
            AfterAll();
        }
        finally
        {
            if (ReferenceEquals(ActorRefImplicitSenderExtensions.AmbientSender.Value, TestActor))
            {
                ActorRefImplicitSenderExtensions.AmbientSender.Value = null;
            }

            Shutdown();
            _loggerFactory.Dispose();
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Actor system [{System}] did not terminate within {Duration}")]
    private static partial void LogShutdownTimedOut(ILogger logger, string system, string duration);
}
