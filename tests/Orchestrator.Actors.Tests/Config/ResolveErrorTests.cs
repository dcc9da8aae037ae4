using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>Errors found while resolving substitutions: each names the substitution's position.</summary>
public sealed class ResolveErrorTests
{
    [Fact]
    public void Undefined_substitution_names_the_path_and_its_position()
    {
        var error = Hocon.ResolveError("a = 1\nb = ${orch.missing}");

        Hocon.AssertAt(error, 2, 5, "cannot resolve ${orch.missing}: there is no setting 'orch.missing' and no environment variable 'orch.missing'");
    }

    [Fact]
    public void Substitution_through_a_scalar_is_undefined()
    {
        Hocon.AssertAt(Hocon.ResolveError("a = 1\nb = ${a.b}"), 2, 5, "cannot resolve ${a.b}");
    }

    [Fact]
    public void Substitution_cycle_is_detected_and_shown()
    {
        var error = Hocon.ResolveError("a = ${b}\nb = ${c}\nc = ${a}");

        Hocon.AssertAt(error, 3, 5, "substitution cycle: ${a} -> ${b} -> ${c} -> ${a}");
    }

    [Fact]
    public void Object_that_substitutes_itself_is_a_cycle()
    {
        Hocon.AssertAt(Hocon.ResolveError("bar { baz = ${bar} }"), 1, 13, "substitution cycle: ${bar} -> ${bar.baz} -> ${bar}");
    }

    [Fact]
    public void Self_reference_without_an_earlier_value_is_an_error()
    {
        Hocon.AssertAt(Hocon.ResolveError("path = ${path}\":/bin\""), 1, 8, "${path} refers to the field it defines, which has no earlier value");
    }

    [Fact]
    public void Self_reference_to_a_missing_field_of_the_earlier_value_is_an_error()
    {
        Hocon.AssertAt(Hocon.ResolveError("a { b = 1 }\na = ${a.c}"), 2, 5, "${a.c} refers to the field it defines, whose earlier value has no setting 'c'");
    }

    [Fact]
    public void Substituted_object_concatenated_with_a_string_is_an_error_at_the_concatenation()
    {
        Hocon.AssertAt(Hocon.ResolveError("x { a = 1 }\ny = ${x} foo"), 2, 5, "cannot concatenate \"foo\" with an object");
    }

    [Fact]
    public void Plus_equals_on_a_string_is_an_error_at_the_plus_equals()
    {
        Hocon.AssertAt(Hocon.ResolveError("a = foo\na += bar"), 2, 3, "cannot concatenate \"foo\" with a list");
    }

    [Fact]
    public void Errors_in_hidden_values_are_never_reported()
    {
        var config = Hocon.Parse("a = ${missing}\na = 1");

        Assert.Equal(1, config.GetInt("a"));
    }

    [Fact]
    public void Deep_substitution_chains_fail_cleanly_instead_of_overflowing_the_stack()
    {
        var chain = string.Join('\n', Enumerable.Range(0, 50_000).Select(i => $"k{i} = ${{k{i + 1}}}")) + "\nk50000 = end";

        var outcome = Record.Exception(() => Hocon.Parse(chain).GetString("k0"));

        Assert.True(outcome is null or ConfigurationException, outcome?.ToString());
    }

    [Fact]
    public void Long_append_chains_resolve_in_linear_time()
    {
        var config = Hocon.Parse(string.Join('\n', Enumerable.Range(0, 300).Select(i => $"l += {i}")))
            .WithFallback(Hocon.Parse("l = [start]"));

        var list = config.GetStringList("l");
        Assert.Equal(301, list.Count);
        Assert.Equal(("start", "299"), (list[0], list[^1]));
    }
}
