namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>The verbs of a hollow container's script.</summary>
internal enum HollowVerb
{
    /// <summary><c>echo WORD...</c>: one stdout line per word.</summary>
    Echo,

    /// <summary><c>echo-err WORD...</c>: one stderr line per word.</summary>
    EchoErr,

    /// <summary><c>env NAME</c>: prints the variable's value.</summary>
    Env,

    /// <summary><c>sleep SECONDS [CODE]</c>: waits; with a code, then exits with it.</summary>
    Sleep,

    /// <summary><c>exit CODE</c>: exits.</summary>
    Exit,

    /// <summary><c>oom</c>: ends OOMKilled (137).</summary>
    Oom,

    /// <summary><c>write PATH TEXT</c>: writes a file in a mounted volume.</summary>
    Write,

    /// <summary><c>cat PATH</c>: prints a file of a mounted volume, one line per line.</summary>
    Cat,

    /// <summary><c>busy</c>: runs until stopped using a whole core.</summary>
    Busy,

    /// <summary><c>ignore-sigterm</c>: runs until killed; SIGTERM does nothing.</summary>
    IgnoreSigterm,

    /// <summary>Any other word: runs until stopped.</summary>
    Run,
}
