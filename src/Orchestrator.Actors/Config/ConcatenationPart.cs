namespace Orchestrator.Actors.Configuration;

/// <summary>
/// One value of a value concatenation and the whitespace written before it, which is kept when the
/// concatenation turns out to be a string and dropped when it joins objects or lists.
/// </summary>
internal readonly record struct ConcatenationPart(string Gap, ConfigValue Value);
