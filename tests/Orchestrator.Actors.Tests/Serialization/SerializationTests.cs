using System.Buffers;
using System.Text;
using Orchestrator.Actors.Serialization;
using Registry = Orchestrator.Actors.Serialization.Serialization;

namespace Orchestrator.Actors.Tests.Serialization;

/// <summary><see cref="Registry"/>: manifests, round trips and the errors that name what is wrong.</summary>
public sealed class SerializationTests
{
    private readonly Registry _registry = new();

    [Fact]
    public void A_registered_record_round_trips_under_its_manifest()
    {
        _registry.Register<PodScheduled>("pod-scheduled");
        var message = new PodScheduled("default/web-1", "node-a", ["app=web", "tier=front"], Priority: null);

        var (manifest, bytes) = _registry.Serialize(message);

        Assert.Equal("pod-scheduled", manifest);
        Assert.Equal(message.Pod, Assert.IsType<PodScheduled>(_registry.Deserialize(manifest, bytes)).Pod);
        Assert.Equal(message.Labels, ((PodScheduled)_registry.Deserialize(manifest, bytes)).Labels);
    }

    [Fact]
    public void The_default_json_keeps_property_names_and_writes_public_fields()
    {
        _registry.Register<Counter>("counter");

        var (_, bytes) = _registry.Serialize(new Counter { Name = "restarts", Value = 3 });

        var json = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"Name\":\"restarts\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Value\":3", json, StringComparison.Ordinal);
        var back = Assert.IsType<Counter>(_registry.Deserialize("counter", bytes));
        Assert.Equal(("restarts", 3), (back.Name, back.Value));
    }

    [Fact]
    public void An_unknown_manifest_is_an_error_that_names_it_and_says_how_to_register()
    {
        var error = Assert.Throws<SerializationException>(() => _registry.Deserialize("pod-evicted", "{}"u8));

        Assert.Contains("'pod-evicted'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Register<", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unregistered_type_cannot_be_serialised_and_the_error_names_it()
    {
        var error = Assert.Throws<SerializationException>(() => _registry.Serialize(new Counter()));

        Assert.Contains(typeof(Counter).FullName!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_type_registered_for_the_manifest_is_ever_created()
    {
        _registry.Register<Counter>("counter");
        var bytes = """{"$type":"System.IO.FileInfo, System.IO.FileSystem","Name":"x","Value":1}"""u8.ToArray();

        Assert.IsType<Counter>(_registry.Deserialize("counter", bytes));
    }

    [Fact]
    public void A_manifest_cannot_name_two_types()
    {
        _registry.Register<Counter>("shared");

        var error = Assert.Throws<SerializationException>(() => _registry.Register<PodScheduled>("shared"));

        Assert.Contains("'shared'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Counter), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_cannot_have_two_manifests()
    {
        _registry.Register<Counter>("counter");

        var error = Assert.Throws<SerializationException>(() => _registry.Register<Counter>("counter-v2"));

        Assert.Contains("'counter'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'counter-v2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_the_same_type_and_manifest_again_changes_nothing()
    {
        _registry.Register<Counter>("counter");

        _registry.Register(typeof(Counter), "counter");

        Assert.True(_registry.TryGetManifest(typeof(Counter), out var manifest));
        Assert.Equal("counter", manifest);
        Assert.True(_registry.TryGetType("counter", out var type));
        Assert.Equal(typeof(Counter), type);
    }

    [Fact]
    public void Abstract_types_and_blank_manifests_cannot_be_registered()
    {
        Assert.Throws<ArgumentException>(() => _registry.Register<IDisposable>("disposable"));
        Assert.Throws<ArgumentException>(() => _registry.Register<Counter>(" "));
        Assert.Throws<ArgumentException>(() => _registry.Register<Counter>("counter "));
        Assert.False(_registry.IsRegistered(typeof(Counter)));
    }

    [Fact]
    public void A_registration_may_name_its_own_serializer()
    {
        var text = new TextSerializer();
        _registry.Register<string>("text", text);

        var serialized = _registry.Serialize("hello");

        Assert.Equal("hello", Encoding.UTF8.GetString(serialized.Bytes));
        Assert.Equal("hello", _registry.Deserialize("text", serialized.Bytes));
        Assert.Equal(1, text.Calls);
    }

    [Fact]
    public void A_serializer_failure_is_reported_with_the_manifest()
    {
        _registry.Register<Counter>("counter");

        var error = Assert.Throws<SerializationException>(() => _registry.Deserialize("counter", "not json"u8));

        Assert.Contains("'counter'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void A_message_can_be_written_into_a_buffer()
    {
        _registry.Register<Counter>("counter");
        var buffer = new ArrayBufferWriter<byte>();

        var manifest = _registry.Serialize(new Counter { Name = "a", Value = 1 }, buffer);

        Assert.Equal("counter", manifest);
        Assert.Equal("a", ((Counter)_registry.Deserialize(manifest, buffer.WrittenSpan)).Name);
    }

    [Fact]
    public void Each_actor_system_has_one_registry()
    {
        using var first = ActorSystem.Create("serialization-a");
        using var second = ActorSystem.Create("serialization-b");

        Registry.Get(first).Register<Counter>("counter");

        Assert.Same(Registry.Get(first), Registry.Get(first));
        Assert.True(Registry.Get(first).IsRegistered(typeof(Counter)));
        Assert.False(Registry.Get(second).IsRegistered(typeof(Counter)));
    }

    private sealed record PodScheduled(string Pod, string Node, IReadOnlyList<string> Labels, int? Priority);

    private sealed class Counter
    {
        public string Name = "";
        public int Value;
    }

    private sealed class TextSerializer : ISerializer
    {
        public int Calls { get; private set; }

        public int Identifier => 42;

        public void ToBinary(object obj, IBufferWriter<byte> output)
        {
            Calls++;
            output.Write(Encoding.UTF8.GetBytes((string)obj));
        }

        public object FromBinary(ReadOnlySpan<byte> bytes, Type type) => Encoding.UTF8.GetString(bytes);
    }
}
