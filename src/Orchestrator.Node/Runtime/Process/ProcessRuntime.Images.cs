namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    /// <inheritdoc/>
    public async Task<ImageInfo> EnsureImageAsync(string image, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        await HostAsync();
        var program = ResolveImage(image);
        return new ImageInfo(image, program, new FileInfo(program).Length);
    }

    /// <summary>The program an image names; <see cref="ContainerRuntimeErrorKind.ImageNotPresent"/> when there is none.</summary>
    private static string ResolveImage(string image) =>
        Programs.Resolve(Programs.ImageProgram(image))
        ?? throw new ContainerRuntimeException(
            ContainerRuntimeErrorKind.ImageNotPresent,
            $"image {image} is not present: the process runtime runs the program an image names, and {Programs.ImageProgram(image)} is not an executable on PATH (ErrImageNeverPull).");
}
