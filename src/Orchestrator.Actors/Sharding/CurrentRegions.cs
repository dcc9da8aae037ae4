using System.Collections.Immutable;

namespace Orchestrator.Actors.Sharding;

/// <summary>The addresses of the nodes that host a region of the type (proxies excluded).</summary>
public sealed record CurrentRegions(ImmutableArray<Address> Regions);
