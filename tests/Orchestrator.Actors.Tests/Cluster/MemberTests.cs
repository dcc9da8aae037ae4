using Orchestrator.Actors.Cluster;
using ClusterMember = Orchestrator.Actors.Cluster.Member;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="Member"/> and <see cref="UniqueAddress"/>: life cycle, orderings, age and merge precedence.</summary>
public sealed class MemberTests
{
    [Theory]
    [InlineData(MemberStatus.Joining, MemberStatus.Up)]
    [InlineData(MemberStatus.Joining, MemberStatus.WeaklyUp)]
    [InlineData(MemberStatus.WeaklyUp, MemberStatus.Up)]
    [InlineData(MemberStatus.Up, MemberStatus.Leaving)]
    [InlineData(MemberStatus.Leaving, MemberStatus.Exiting)]
    [InlineData(MemberStatus.Exiting, MemberStatus.Removed)]
    [InlineData(MemberStatus.Up, MemberStatus.Down)]
    [InlineData(MemberStatus.Down, MemberStatus.Removed)]
    public void Allows_the_moves_of_the_life_cycle(MemberStatus from, MemberStatus to)
    {
        Assert.Equal(to, Member(1, from).Copy(to).Status);
    }

    [Theory]
    [InlineData(MemberStatus.Up, MemberStatus.Joining)]
    [InlineData(MemberStatus.Leaving, MemberStatus.Up)]
    [InlineData(MemberStatus.Exiting, MemberStatus.Leaving)]
    [InlineData(MemberStatus.Down, MemberStatus.Up)]
    [InlineData(MemberStatus.Removed, MemberStatus.Joining)]
    [InlineData(MemberStatus.Up, MemberStatus.Exiting)]
    public void Refuses_moves_back_or_skipping_leaving(MemberStatus from, MemberStatus to)
    {
        Assert.Throws<InvalidOperationException>(() => Member(1, from).Copy(to));
    }

    [Fact]
    public void Members_are_equal_when_they_are_the_same_incarnation()
    {
        Assert.Equal(Joining(1), Up(1));
        Assert.NotEqual(Up(1), new Member(Node(1, uid: 2), 1, MemberStatus.Up, []));
    }

    [Fact]
    public void Addresses_order_by_host_then_port()
    {
        var a = new Address("orch", "z", "10.0.0.1", 2552);
        var b = new Address("orch", "a", "10.0.0.1", 2600);
        var c = new Address("orch", "a", "10.0.0.2", 1);

        Assert.Equal([a, b, c], new[] { c, b, a }.Order(ClusterMember.AddressOrdering));
    }

    [Fact]
    public void The_member_that_moved_up_first_is_older_and_equal_up_numbers_fall_back_to_the_address()
    {
        Assert.True(Up(2).IsOlderThan(Member(1, MemberStatus.Up, upNumber: 3)));
        Assert.True(Member(1, MemberStatus.Up, upNumber: 5).IsOlderThan(Member(2, MemberStatus.Up, upNumber: 5)));
        Assert.True(Up(3).IsOlderThan(Joining(1)));
        Assert.Equal([Up(2), Member(1, MemberStatus.Up, 3), Joining(0)], new[] { Joining(0), Member(1, MemberStatus.Up, 3), Up(2) }.Order(ClusterMember.AgeOrdering));
    }

    [Fact]
    public void Leader_status_ordering_puts_joining_exiting_and_down_last()
    {
        var ordered = new[] { Member(1, MemberStatus.Down, 1), Member(2, MemberStatus.Exiting, 2), Joining(3), Up(4), Member(5, MemberStatus.Leaving, 5) }
            .Order(ClusterMember.LeaderStatusOrdering)
            .Select(m => m.UniqueAddress);

        Assert.Equal([Node(4), Node(5), Node(3), Node(2), Node(1)], ordered);
    }

    [Theory]
    [InlineData(MemberStatus.Removed, MemberStatus.Down)]
    [InlineData(MemberStatus.Down, MemberStatus.Exiting)]
    [InlineData(MemberStatus.Exiting, MemberStatus.Leaving)]
    [InlineData(MemberStatus.Leaving, MemberStatus.Up)]
    [InlineData(MemberStatus.Up, MemberStatus.WeaklyUp)]
    [InlineData(MemberStatus.WeaklyUp, MemberStatus.Joining)]
    public void Merge_precedence_picks_the_later_status(MemberStatus winner, MemberStatus loser)
    {
        Assert.Equal(winner, ClusterMember.HighestPriorityOf(Member(1, loser, 1), Member(1, winner, 1)).Status);
        Assert.Equal(winner, ClusterMember.HighestPriorityOf(Member(1, winner, 1), Member(1, loser, 1)).Status);
    }

    [Fact]
    public void A_unique_address_reads_back_from_its_text()
    {
        var node = Node(3, uid: -42);

        Assert.Equal(node, UniqueAddress.Parse(node.ToString()));
        Assert.Throws<FormatException>(() => UniqueAddress.Parse("orch://sys@host:1"));
    }
}
