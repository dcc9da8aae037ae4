namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>One step of a hollow container's script; see <see cref="HollowRuntime"/> for the vocabulary.</summary>
/// <param name="Verb">What the step does.</param>
/// <param name="Args">Its arguments.</param>
internal sealed record HollowStep(HollowVerb Verb, IReadOnlyList<string> Args)
{
    /// <summary>The seconds of a <c>sleep</c>.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(double.Parse(Args[0], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The code of an <c>exit</c> (or the optional second argument of a <c>sleep</c>), 0 when absent.</summary>
    public int ExitCode(int index) => Args.Count > index ? int.Parse(Args[index], System.Globalization.CultureInfo.InvariantCulture) : 0;
}
