namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>One configuration of the game: how many pairs play, with how many balls each, for how long.</summary>
internal sealed record PingPongCase(int Pairs, int InFlight, long RoundTripsPerPair)
{
    /// <summary>Messages delivered in one play, both directions counted.</summary>
    public long Messages => 2 * Pairs * RoundTripsPerPair;

    /// <summary>The row label, as <c>pairs=100, in-flight=10</c>.</summary>
    public string Label => $"pairs={Pairs}, in-flight={InFlight}";

    /// <summary>The JSON key of a transport's rate: <c>pairs_4_actor_msgs_per_s</c>, with <c>_inflight_N</c> after the pairs for N &gt; 1.</summary>
    public string RateKey(string transport) => $"{KeyStem("pairs")}_{transport}_msgs_per_s";

    /// <summary>The JSON key of a transport's allocation per message: <c>pairs_4_actor_alloc_bytes_per_msg</c>.</summary>
    public string AllocationKey(string transport) => $"{KeyStem("pairs")}_{transport}_alloc_bytes_per_msg";

    /// <summary>The JSON key of the actors' allocation over the baseline's: <c>alloc_ratio_4</c>.</summary>
    public string AllocationRatioKey => KeyStem("alloc_ratio");

    /// <summary>The JSON key of the messages of one measured play: <c>pairs_4_messages_per_play</c>.</summary>
    public string MessagesKey => $"{KeyStem("pairs")}_messages_per_play";

    /// <summary>The JSON key of actors/baseline: <c>ratio_4</c>, or <c>ratio_4_inflight_10</c>.</summary>
    public string RatioKey => KeyStem("ratio");

    private string KeyStem(string prefix) => InFlight == 1 ? $"{prefix}_{Pairs}" : $"{prefix}_{Pairs}_inflight_{InFlight}";
}
