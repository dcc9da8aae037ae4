namespace Orchestrator.Actors.TestKit.Tests;

public sealed class VirtualTimeProviderTests
{
    private static readonly TimeSpan Never = Timeout.InfiniteTimeSpan;
    private readonly VirtualTimeProvider _time = new();
    private readonly List<string> _fired = [];

    [Fact]
    public void Time_stands_still_until_advanced()
    {
        var start = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var time = new VirtualTimeProvider(start);
        var stamp = time.GetTimestamp();

        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(start.AddMinutes(5), time.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(5), time.GetElapsedTime(stamp));
        Assert.Equal(TimeSpan.FromMinutes(5), time.Elapsed);
    }

    [Fact]
    public void Fires_due_timers_in_due_time_order_with_ties_in_creation_order()
    {
        Timer("c", TimeSpan.FromSeconds(3));
        Timer("a1", TimeSpan.FromSeconds(1));
        Timer("b", TimeSpan.FromSeconds(2));
        Timer("a2", TimeSpan.FromSeconds(1));
        Timer("late", TimeSpan.FromSeconds(10));

        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(["a1@1", "a2@1", "b@2", "c@3"], _fired);
        Assert.Equal(1, _time.PendingTimers);
    }

    [Fact]
    public void A_periodic_timer_fires_at_each_period_within_one_advance()
    {
        Timer("tick", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Timer("once", TimeSpan.FromSeconds(4));

        _time.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(["tick@1", "tick@3", "once@4", "tick@5"], _fired);
        Assert.Equal(1, _time.PendingTimers);
    }

    [Fact]
    public void Timers_set_by_callbacks_fire_in_the_same_advance_when_due_within_it()
    {
        _time.CreateTimer(_ =>
        {
            Record("outer");
            Timer("inner-soon", TimeSpan.FromSeconds(1));
            Timer("inner-now", TimeSpan.Zero);
            Timer("inner-late", TimeSpan.FromSeconds(10));
        }, null, TimeSpan.FromSeconds(1), Never);
        Timer("sibling", TimeSpan.FromSeconds(1));

        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(["outer@1", "sibling@1", "inner-now@1", "inner-soon@2"], _fired);
        Assert.Equal(1, _time.PendingTimers);
    }

    [Fact]
    public void Change_reschedules_and_Dispose_cancels()
    {
        var moved = Timer("moved", TimeSpan.FromSeconds(1));
        var disposed = Timer("disposed", TimeSpan.FromSeconds(1));
        var stopped = Timer("stopped", TimeSpan.FromSeconds(1));

        Assert.True(moved.Change(TimeSpan.FromSeconds(2), Never));
        disposed.Dispose();
        Assert.True(stopped.Change(Never, Never));
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["moved@2"], _fired);
        Assert.False(disposed.Change(TimeSpan.FromSeconds(1), Never));
        Assert.Equal(0, _time.PendingTimers);
    }

    [Fact]
    public void A_periodic_timer_stops_when_changed_to_one_shot()
    {
        var timer = Timer("tick", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(2));

        timer.Change(TimeSpan.FromSeconds(1), TimeSpan.Zero);
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["tick@1", "tick@2", "tick@3"], _fired);
    }

    [Fact]
    public async Task A_timer_disposed_asynchronously_does_not_fire()
    {
        var timer = Timer("never", TimeSpan.FromSeconds(1));

        await timer.DisposeAsync();
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Empty(_fired);
    }

    [Fact]
    public void A_timer_due_now_fires_when_set()
    {
        Timer("now", TimeSpan.Zero);

        Assert.Equal(["now@0"], _fired);
    }

    [Fact]
    public void Rejects_negative_advances_and_times()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _time.Advance(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Timer("bad", TimeSpan.FromSeconds(-2)));
    }

    [Fact]
    public async Task Delays_complete_when_the_clock_reaches_them()
    {
        var delay = Task.Delay(TimeSpan.FromHours(1), _time);
        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(delay.IsCompleted);

        _time.Advance(TimeSpan.FromMinutes(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private ITimer Timer(string name, TimeSpan due, TimeSpan? period = null) =>
        _time.CreateTimer(_ => Record(name), null, due, period ?? Never);

    private void Record(string name) =>
        _fired.Add($"{name}@{_time.Elapsed.TotalSeconds}");
}
