namespace Orchestrator.Actors.TestKit;

/// <summary>Per-system TestKit state: the settings read from the system's config, and the numbering of test actors.</summary>
internal sealed class TestKitExtension : IExtension
{
    private static readonly Provider Id = new();
    private int _testActorCount;

    private TestKitExtension(ActorSystem system) => Settings = new TestKitSettings(system.Settings.Config);

    public TestKitSettings Settings { get; }

    /// <summary>The extension of <paramref name="system"/>, made on first use.</summary>
    public static TestKitExtension For(ActorSystem system) => Id.Get(system);

    /// <summary>A fresh name for a test actor of this system: testActor1, testActor2...</summary>
    public string NextTestActorName() =>
        "testActor" + Interlocked.Increment(ref _testActorCount).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Provider : ExtensionIdProvider<TestKitExtension>
    {
        public override TestKitExtension CreateExtension(ExtendedActorSystem system) => new(system);
    }
}
