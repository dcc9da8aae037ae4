using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Event;

/// <summary>A logger factory over one provider, for systems whose host supplies no factory.</summary>
internal sealed class SimpleLoggerFactory(ILoggerProvider provider) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => provider.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider other) =>
        throw new NotSupportedException("Pass your own ILoggerFactory in BootstrapSetup to add providers.");

    public void Dispose() => provider.Dispose();
}
