using System.Collections.Concurrent;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Dispatch;

/// <summary>
/// Makes message queues by mailbox id. An id is a configuration path whose object has a
/// <c>mailbox-type</c>: <c>unbounded</c> (the default) or <c>bounded</c> with a
/// <c>mailbox-capacity</c>.
/// </summary>
public sealed class Mailboxes
{
    private readonly Config _config;
    private readonly ConcurrentDictionary<string, Func<IMessageQueue>> _factories = new(StringComparer.Ordinal);

    internal Mailboxes(Config config) => _config = config;

    /// <summary>A new queue for the mailbox id; throws <see cref="ConfigurationException"/> when none is configured.</summary>
    public IMessageQueue CreateQueue(string id) =>
        (_factories.TryGetValue(id, out var factory) ? factory : _factories.GetOrAdd(id, Factory))();

    private Func<IMessageQueue> Factory(string id)
    {
        if (!_config.HasPath(id) || !_config.GetConfig(id).HasPath("mailbox-type"))
        {
            throw new ConfigurationException($"Mailbox '{id}' is not configured: add an object with 'mailbox-type = unbounded' (or bounded) at that path.");
        }

        var section = _config.GetConfig(id);
        var type = section.GetString("mailbox-type");
        switch (type)
        {
            case "unbounded":
                return static () => new UnboundedMessageQueue();
            case "bounded":
                var capacity = section.GetInt("mailbox-capacity");
                if (capacity <= 0)
                {
                    throw new ConfigurationException($"Mailbox '{id}': mailbox-capacity must be positive, got {capacity}.");
                }

                return () => new BoundedMessageQueue(capacity);
            default:
                throw new ConfigurationException($"Mailbox '{id}' has unknown mailbox-type '{type}': expected unbounded or bounded.");
        }
    }
}
