namespace Orchestrator.Actors.TestKit;

/// <summary>
/// A failed TestKit expectation. The message says what was expected, what arrived instead
/// (if anything) and after how long.
/// </summary>
public sealed class TestKitAssertionException : Exception
{
    public TestKitAssertionException()
        : base("A TestKit expectation failed.")
    {
    }

    public TestKitAssertionException(string message)
        : base(message)
    {
    }

    public TestKitAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
