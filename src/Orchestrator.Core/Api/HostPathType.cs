namespace Orchestrator.Core.Api;

/// <summary>
/// What a hostPath volume expects at its path (Kubernetes' <c>HostPathType</c>, a string: the
/// default, no check, is the empty string, which is why this is not an enum).
/// </summary>
public static class HostPathType
{
    /// <summary>No check.</summary>
    public const string Unset = "";

    /// <summary>A directory, created (mode 0755) if missing.</summary>
    public const string DirectoryOrCreate = "DirectoryOrCreate";

    /// <summary>An existing directory.</summary>
    public const string Directory = "Directory";

    /// <summary>A file, created empty (mode 0644) if missing.</summary>
    public const string FileOrCreate = "FileOrCreate";

    /// <summary>An existing file.</summary>
    public const string File = "File";

    /// <summary>An existing unix socket.</summary>
    public const string Socket = "Socket";

    /// <summary>An existing character device.</summary>
    public const string CharDevice = "CharDevice";

    /// <summary>An existing block device.</summary>
    public const string BlockDevice = "BlockDevice";
}
