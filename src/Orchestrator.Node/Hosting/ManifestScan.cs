using Orchestrator.Core.Api;
using Orchestrator.Core.Manifests;

namespace Orchestrator.Node.Hosting;

/// <summary>One reading of a static pod directory: each manifest file's pods, or why it could not be read.</summary>
/// <param name="Files">By full path.</param>
/// <param name="DirectoryError">Why the directory itself could not be listed, if it could not.</param>
internal sealed record ManifestScan(IReadOnlyDictionary<string, ManifestScan.FileResult> Files, string? DirectoryError)
{
    /// <summary>Reads every manifest file of <paramref name="directory"/> with one of <paramref name="extensions"/>.</summary>
    public static async Task<ManifestScan> ReadAsync(string directory, IReadOnlyList<string> extensions)
    {
        string[] paths;
        try
        {
            paths = [.. Directory.EnumerateFiles(directory).Where(p => extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase) && !Path.GetFileName(p).StartsWith('.'))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ManifestScan(new Dictionary<string, FileResult>(), e.Message);
        }

        var files = new Dictionary<string, FileResult>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            try
            {
                files[path] = new FileResult(await ManifestReader.ReadPodsAsync(path, CancellationToken.None).ConfigureAwait(false), null);
            }
            catch (ManifestException e)
            {
                files[path] = new FileResult([], e.Message);
            }
        }

        return new ManifestScan(files, null);
    }

    /// <summary>A file's pods, or the error that kept them from being read.</summary>
    internal sealed record FileResult(IReadOnlyList<Pod> Pods, string? Error);
}
