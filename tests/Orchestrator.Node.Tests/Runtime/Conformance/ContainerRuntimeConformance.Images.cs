using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

public abstract partial class ContainerRuntimeConformance
{
    [RuntimeFact]
    public async Task Reports_its_name_and_version()
    {
        var version = await Within(Runtime.VersionAsync(CancellationToken.None));

        Assert.Equal(ExpectedName, Runtime.Name);
        Assert.Equal(ExpectedName, version.RuntimeName);
        Assert.False(string.IsNullOrWhiteSpace(version.Version));
        Assert.False(string.IsNullOrWhiteSpace(version.ApiVersion));
    }

    [RuntimeFact]
    public async Task Ensures_a_present_image()
    {
        var image = await Within(Runtime.EnsureImageAsync(PresentImage, CancellationToken.None));

        Assert.Equal(PresentImage, image.Reference);
        Assert.False(string.IsNullOrWhiteSpace(image.Id));
    }

    [RuntimeFact]
    public async Task A_missing_image_is_not_present()
    {
        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Within(Runtime.EnsureImageAsync(MissingImage, CancellationToken.None)));

        Assert.Equal(ContainerRuntimeErrorKind.ImageNotPresent, error.Kind);
        Assert.Contains(MissingImage.Split(':')[0], error.Message, StringComparison.Ordinal);
    }

    [RuntimeFact]
    public async Task A_container_of_a_missing_image_cannot_be_created()
    {
        var sandbox = await RunSandboxAsync();

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => CreateContainerAsync(sandbox, ExitWith(0) with { Image = MissingImage }));

        Assert.Equal(ContainerRuntimeErrorKind.ImageNotPresent, error.Kind);
        Assert.Empty(await Within(Runtime.ListContainersAsync(RunSelector(), CancellationToken.None)));
    }
}
