namespace Orchestrator.Actors.Tests.Actors;

/// <summary>Makes a <see cref="LifecycleActor"/> throw <paramref name="Cause"/> from its receive.</summary>
public sealed record Fail(Exception Cause)
{
    /// <summary>A failure with an <see cref="InvalidOperationException"/> carrying <paramref name="message"/>.</summary>
    public static Fail With(string message) => new(new InvalidOperationException(message));

    /// <summary>Throws the cause: <c>Receive&lt;Fail&gt;(f =&gt; f.Throw())</c>.</summary>
    public void Throw() => throw Cause;
}
