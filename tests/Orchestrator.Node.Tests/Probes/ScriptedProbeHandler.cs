using System.Threading.Channels;
using Orchestrator.Node.Probes;

namespace Orchestrator.Node.Tests.Probes;

/// <summary>
/// A probe handler whose attempts the test answers one by one: each attempt waits until the test
/// completes it, so the test decides what an attempt returns, and when.
/// </summary>
internal sealed class ScriptedProbeHandler : IProbeHandler
{
    private static readonly TimeSpan WaitForAttempt = TimeSpan.FromSeconds(5);

    private readonly Channel<PendingAttempt> _attempts = Channel.CreateUnbounded<PendingAttempt>();

    public Task<ProbeOutcome> RunAsync(ProbeTarget target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var attempt = new PendingAttempt(cancellationToken);
        _attempts.Writer.TryWrite(attempt);
        return attempt.Outcome;
    }

    /// <summary>The next attempt the worker starts; fails the test if none starts within a few seconds.</summary>
    public async Task<PendingAttempt> NextAttemptAsync()
    {
        using var timeout = new CancellationTokenSource(WaitForAttempt);
        try
        {
            return await _attempts.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The worker started no probe attempt within {WaitForAttempt}.");
        }
    }

    /// <summary>Whether an attempt was started that the test has not taken yet.</summary>
    public bool HasPendingAttempt => _attempts.Reader.TryPeek(out _);

    /// <summary>Answers <paramref name="count"/> attempts in turn with <paramref name="result"/>.</summary>
    public async Task AnswerAsync(int count, ProbeResult result, Action? beforeEach = null)
    {
        for (var i = 0; i < count; i++)
        {
            beforeEach?.Invoke();
            (await NextAttemptAsync()).Complete(result);
        }
    }

    /// <summary>
    /// One attempt in flight. Completing it runs the worker's continuation inline, so the result is in
    /// the worker's mailbox before <see cref="Complete"/> returns, ahead of any timer the test fires next.
    /// </summary>
    internal sealed class PendingAttempt(CancellationToken token)
    {
        private readonly TaskCompletionSource<ProbeOutcome> _outcome = new();

        public CancellationToken Token { get; } = token;

        public Task<ProbeOutcome> Outcome => _outcome.Task;

        public void Complete(ProbeResult result, string? message = null) =>
            _outcome.TrySetResult(new ProbeOutcome(result, message ?? result.ToString()));
    }
}
