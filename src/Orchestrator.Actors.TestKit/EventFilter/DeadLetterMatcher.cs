namespace Orchestrator.Actors.TestKit;

/// <summary>Matches <see cref="DeadLetter"/>s whose message is of a type and passes an optional test.</summary>
internal sealed class DeadLetterMatcher(Type messageType, Predicate<object>? isMatch) : EventMatcher
{
    public override Type Channel => typeof(DeadLetter);

    public override string Description =>
        messageType == typeof(object) ? "dead letters" : $"dead letters of {Format.TypeName(messageType)}{(isMatch is null ? "" : " matching the predicate")}";

    public override bool Matches(object @event) =>
        @event is DeadLetter dead && messageType.IsInstanceOfType(dead.Message) && (isMatch is null || isMatch(dead.Message));
}
