using System.Text;
using Orchestrator.Actors.Configuration;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Processes;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>The process runtime's parsers, formats and settings, without processes.</summary>
public sealed class ProcessRuntimeUnitTests
{
    [Fact]
    public void A_cri_log_entry_reads_back_as_written()
    {
        var timestamp = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero).AddTicks(1234567);
        var entry = Encoding.UTF8.GetBytes(Encoding.ASCII.GetString(CriLogFormat.Prefix(timestamp, LogStream.Stderr, partial: true)) + "héllo wörld");

        Assert.True(CriLogFormat.TryParse(entry, out var read, out var stream, out var partial, out var text));

        Assert.Equal("2025-03-04T05:06:07.123456700Z stderr P ", Encoding.ASCII.GetString(CriLogFormat.Prefix(timestamp, LogStream.Stderr, partial: true)));
        Assert.Equal(timestamp, read);
        Assert.Equal(LogStream.Stderr, stream);
        Assert.True(partial);
        Assert.Equal("héllo wörld", Encoding.UTF8.GetString(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a log line")]
    [InlineData("2025-03-04T05:06:07Z stdin F text")]
    [InlineData("2025-03-04T05:06:07Z stdout X text")]
    [InlineData("2025-13-04T05:06:07Z stdout F text")]
    public void Lines_that_are_not_cri_entries_are_refused(string line) =>
        Assert.False(CriLogFormat.TryParse(Encoding.UTF8.GetBytes(line), out _, out _, out _, out _));

    [Fact]
    public void A_proc_stat_line_parses_whatever_the_process_name_holds()
    {
        var stat = ProcStat.Parse("4242 (a (b) c) ) S 1 4240 4239 0 -1 4194560 100 0 0 0 7 3 2 1 20 0 1 0 987654 1234 55 18446744073709551615");

        Assert.Equal(4242, stat.Pid);
        Assert.Equal('S', stat.State);
        Assert.Equal(1, stat.ParentPid);
        Assert.Equal(4240, stat.ProcessGroup);
        Assert.Equal(4239, stat.Session);
        Assert.Equal(7UL, stat.UserTicks);
        Assert.Equal(3UL, stat.SystemTicks);
        Assert.Equal(3UL, stat.ChildrenTicks);
        Assert.Equal(987654UL, stat.StartTime);
        Assert.Equal(55, stat.ResidentPages);
        Assert.False(stat.Exited);
    }

    [Theory]
    [InlineData("busybox", "busybox")]
    [InlineData("busybox:latest", "busybox")]
    [InlineData("docker.io/library/busybox:1.36", "busybox")]
    [InlineData("localhost:5000/tools/sleep@sha256:abcd", "sleep")]
    [InlineData("/usr/bin/env:1", "/usr/bin/env")]
    public void An_image_names_a_program(string image, string program) => Assert.Equal(program, Programs.ImageProgram(image));

    [Fact]
    public void The_shim_report_is_two_pids_or_the_four_numbers_of_earlier_shims()
    {
        var at = DateTimeOffset.UnixEpoch;
        var notOurs = (int _) => ProcStat.NoStartTime;

        // Pids only: the start times are looked up, and the child of a pid that is not the shim is never taken for the container.
        Assert.Equal(new ShimStart(10, ProcStat.NoStartTime, Environment.ProcessId, 0, at), ShimStart.Parse($"10 {Environment.ProcessId}", at, notOurs));
        Assert.Equal(new ShimStart(10, 20, 30, 40, at), ShimStart.Parse("10 20 30 40", at, notOurs));
        Assert.Null(ShimStart.Parse("10 20 30", at, notOurs));
        Assert.Null(ShimStart.Parse("sh: 1: cannot open /x/stdout: No such file", at, notOurs));
        Assert.Null(ShimStart.Parse(null, at, notOurs));
    }

    [Fact]
    public void The_container_of_a_two_pid_report_is_the_shims_child_with_its_start_time()
    {
        var at = DateTimeOffset.UnixEpoch;
        var self = ProcStat.Read(Environment.ProcessId)!;
        var parentStartTime = (int _) => ProcStat.Read(self.ParentPid)?.StartTime ?? 0;

        var started = ShimStart.Parse($"{self.ParentPid} {Environment.ProcessId}", at, parentStartTime);
        var stranger = ShimStart.Parse($"{self.ParentPid + 1} {Environment.ProcessId}", at, parentStartTime);

        Assert.Equal(self.StartTime, started?.StartTime);
        Assert.Equal(0UL, stranger?.StartTime);
    }

    [Fact]
    public void Signals_are_named_in_exit_messages()
    {
        Assert.Equal("Exit code 143: ended by SIGTERM.", Signals.Describe(143));
        Assert.Equal("Exit code 137: ended by SIGKILL.", Signals.Describe(137));
        Assert.Null(Signals.Describe(1));
    }

    [Fact]
    public void Cgroup_values_are_written_and_read_as_the_kernel_does()
    {
        Assert.Equal("50000 100000", Cgroups.CpuMax(500));
        Assert.Equal("200000 100000", Cgroups.CpuMax(2000));
        Assert.Equal("1000 100000", Cgroups.CpuMax(1));
        Assert.Equal(3UL, Cgroups.FlatKey("low 0\nhigh 0\nmax 5\noom 4\noom_kill 3\n", "oom_kill"));
        Assert.Equal(123456UL, Cgroups.FlatKey("usage_usec 123456\nuser_usec 1\n", "usage_usec"));
        Assert.Null(Cgroups.FlatKey("usage_usec 1\n", "oom_kill"));
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        var settings = ProcessSettings.Default;

        Assert.Equal(10L * 1024 * 1024, settings.LogMaxSize);
        Assert.Equal(5, settings.LogMaxFiles);
        Assert.True(Path.IsPathRooted(settings.RootDirectory));
    }

    [Fact]
    public async Task A_root_directory_that_cannot_be_made_leaves_the_runtime_unavailable()
    {
        var file = Path.GetTempFileName();
        try
        {
            await using var runtime = new ProcessRuntime(ProcessSettings.Default with { RootDirectory = Path.Combine(file, "below-a-file") });

            var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => runtime.EnsureImageAsync("busybox", CancellationToken.None));

            Assert.Equal(ContainerRuntimeErrorKind.Unavailable, error.Kind);
            Assert.Contains("below-a-file", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("root-dir = relative/dir", "root-dir")]
    [InlineData("log-max-size = 10", "log-max-size")]
    [InlineData("log-max-files = 0", "log-max-files")]
    [InlineData("cgroups = sometimes", "cgroups")]
    [InlineData("cgroup-parent = \"../up\"", "cgroup-parent")]
    [InlineData("shell = sh", "shell")]
    public void Bad_settings_are_refused_with_the_key_named(string setting, string key)
    {
        var section = ConfigurationFactory.ParseString(setting)
            .WithFallback(ConfigurationFactory.FromResource(typeof(ProcessSettings).Assembly, "Orchestrator.Node.reference.conf").GetConfig(ProcessSettings.SectionPath));

        var error = Assert.Throws<ConfigurationException>(() => ProcessSettings.Create(section));

        Assert.Contains($"{ProcessSettings.SectionPath}.{key}", error.Message, StringComparison.Ordinal);
    }
}
