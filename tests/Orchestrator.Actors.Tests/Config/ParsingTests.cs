using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>HOCON syntax: separators, comments, strings, numbers, keys, lists and concatenation.</summary>
public sealed class ParsingTests
{
    [Fact]
    public void Braced_and_unbraced_roots_are_the_same_object()
    {
        var braced = Hocon.Parse("{ a = 1, b { c = 2 } }");
        var bare = Hocon.Parse("a = 1\nb { c = 2 }");

        Assert.Equal(Hocon.Flatten(bare), Hocon.Flatten(braced));
        Assert.Equal(2, bare.GetInt("b.c"));
    }

    [Fact]
    public void Equals_colon_and_open_brace_all_separate_key_and_value()
    {
        var config = Hocon.Parse("a = 1\nb : 2\nc { d = 3 }\ne = { f = 4 }\n\"g\": 5");

        Assert.Equal([1, 2, 3, 4, 5], new[] { "a", "b", "c.d", "e.f", "g" }.Select(path => config.GetInt(path)));
    }

    [Fact]
    public void Json_documents_parse_unchanged()
    {
        var config = Hocon.Parse("""{"name": "orch", "ports": [80, 443], "tls": {"enabled": true, "ca": null}, "ratio": -1.5e2}""");

        Assert.Equal("orch", config.GetString("name"));
        Assert.Equal(["80", "443"], config.GetStringList("ports"));
        Assert.True(config.GetBoolean("tls.enabled"));
        Assert.False(config.HasPath("tls.ca"));
        Assert.Equal(-150.0, config.GetDouble("ratio"));
    }

    [Fact]
    public void Hash_and_double_slash_start_comments_outside_quotes()
    {
        var config = Hocon.Parse("""
            # a full-line comment
            a = 1 # trailing
            // another
            b = foo// no space needed
            c = "not # a comment // either"
            d = "http://example.com"
            """);

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal("foo", config.GetString("b"));
        Assert.Equal("not # a comment // either", config.GetString("c"));
        Assert.Equal("http://example.com", config.GetString("d"));
        Assert.Equal(["a", "b", "c", "d"], config.Keys);
    }

    [Fact]
    public void Newlines_and_commas_both_separate_fields_and_one_trailing_comma_is_allowed()
    {
        var config = Hocon.Parse("a = 1, b = 2\n\n\nc = 3,\nd = [1, 2, 3,]\ne { x = 1, }");

        Assert.Equal(3, config.GetInt("c"));
        Assert.Equal(["1", "2", "3"], config.GetStringList("d"));
        Assert.Equal(1, config.GetInt("e.x"));
    }

    [Fact]
    public void Unquoted_strings_concatenate_keeping_inner_whitespace()
    {
        var config = Hocon.Parse("a =   foo bar  baz   \nb = \"quoted\" unquoted 42 true\nc = foo\"bar\"");

        Assert.Equal("foo bar  baz", config.GetString("a"));
        Assert.Equal("quoted unquoted 42 true", config.GetString("b"));
        Assert.Equal("foobar", config.GetString("c"));
    }

    [Fact]
    public void A_single_value_keeps_its_type_and_a_concatenation_is_a_string()
    {
        var config = Hocon.Parse("n = 42\nb = true\ns = 42 true\nu = 10s\nv = 1.2.3\nw = truefoo\nx = -foo");

        Assert.Equal(ConfigValueType.Number, config.GetValue("n")!.ValueType);
        Assert.Equal(ConfigValueType.Boolean, config.GetValue("b")!.ValueType);
        Assert.Equal(ConfigValueType.String, config.GetValue("s")!.ValueType);
        Assert.Equal("10s", config.GetString("u"));
        Assert.Equal("1.2.3", config.GetString("v"));
        Assert.Equal("truefoo", config.GetString("w"));
        Assert.Equal("-foo", config.GetString("x"));
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("-7", -7.0)]
    [InlineData("3.25", 3.25)]
    [InlineData("1e3", 1000.0)]
    [InlineData("-2.5E-1", -0.25)]
    [InlineData("12345678901234567890", 12345678901234567890.0)]
    public void Numbers_parse_as_json_numbers_and_keep_their_written_form(string written, double expected)
    {
        var value = Hocon.Parse($"n = {written}").GetValue("n");

        var scalar = Assert.IsType<ConfigScalar>(value);
        Assert.Equal(ConfigValueType.Number, scalar.ValueType);
        Assert.Equal(written, scalar.Text);
        Assert.Equal(expected, Hocon.Parse($"n = {written}").GetDouble("n"));
    }

    [Fact]
    public void Quoted_strings_support_json_escapes()
    {
        var config = Hocon.Parse("""a = "tab\there \"quoted\" back\\slash \/ \u00e9 line\nbreak" """);

        Assert.Equal("tab\there \"quoted\" back\\slash / \u00e9 line\nbreak", config.GetString("a"));
    }

    [Fact]
    public void Triple_quoted_strings_are_raw_and_span_lines()
    {
        const string Q3 = "\"\"\"";
        var config = Hocon.Parse(
            $"a = {Q3}first \"line\"\nsecond \\n not an escape{Q3}\n" +
            $"b = {Q3}\"quotes around\"{Q3}\n" +
            $"c = {Q3}{Q3}\n" +
            "after = 1");

        Assert.Equal("first \"line\"\nsecond \\n not an escape", config.GetString("a"));
        Assert.Equal("\"quotes around\"", config.GetString("b"));
        Assert.Equal("", config.GetString("c"));
        Assert.Equal(1, config.GetInt("after"));
    }

    [Fact]
    public void Triple_quoted_strings_keep_line_numbers_right_for_later_errors()
    {
        var error = Hocon.ParseError("a = \"\"\"one\ntwo\nthree\"\"\"\nb = \"open");

        Hocon.AssertAt(error, 4, 5, "unterminated quoted string");
    }

    [Fact]
    public void True_false_and_null_are_keywords_while_yes_no_on_off_are_strings_that_read_as_booleans()
    {
        var config = Hocon.Parse("t = true\nf = false\nn = null\ny = yes\nno = no\non = on\noff = off");

        Assert.True(config.GetBoolean("t"));
        Assert.False(config.GetBoolean("f"));
        Assert.Equal(ConfigValueType.Null, config.GetValue("n")!.ValueType);
        Assert.Equal(ConfigValueType.String, config.GetValue("y")!.ValueType);
        Assert.Equal([true, false, true, false], new[] { "y", "no", "on", "off" }.Select(path => config.GetBoolean(path)));
    }

    [Fact]
    public void Lists_nest_span_lines_and_hold_objects()
    {
        var config = Hocon.Parse("""
            empty = []
            nested = [[1, 2], [3]]
            lines = [
              a
              b,
              c
            ]
            objects = [{ name = x, port = 1 }, { name = y }]
            """);

        Assert.Empty(config.GetStringList("empty"));
        var nested = Assert.IsType<ConfigList>(config.GetValue("nested"));
        Assert.Equal(2, Assert.IsType<ConfigList>(nested[0]).Count);
        Assert.Equal(["a", "b", "c"], config.GetStringList("lines"));
        var objects = Assert.IsType<ConfigList>(config.GetValue("objects"));
        Assert.Equal("y", ((ConfigScalar)((ConfigObject)objects[1])["name"]).Text);
    }

    [Fact]
    public void Lists_concatenate_and_objects_merge_when_written_side_by_side()
    {
        var config = Hocon.Parse("l = [1, 2] [3]\no = { a = 1, b = 1 } { b = 2 }");

        Assert.Equal(["1", "2", "3"], config.GetStringList("l"));
        Assert.Equal(2, config.GetInt("o.b"));
        Assert.Equal(1, config.GetInt("o.a"));
    }

    [Fact]
    public void Empty_input_and_comment_only_input_are_empty_configs()
    {
        Assert.True(Hocon.Parse("").IsEmpty);
        Assert.True(Hocon.Parse("  \n# nothing here\n// nor here\n").IsEmpty);
        Assert.True(Hocon.Parse("{}").IsEmpty);
    }

    [Fact]
    public void Windows_line_endings_byte_order_mark_and_unicode_spaces_are_whitespace()
    {
        var config = Hocon.Parse("\uFEFFa = 1\r\nb = two words\r\nc\u00A0=\u2003x\r\n");

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal("two words", config.GetString("b"));
        Assert.Equal("x", config.GetString("c"));
        Hocon.AssertAt(Hocon.ParseError("a = 1\r\nb = \"open\r\n"), 2, 5, "unterminated");
    }

    [Fact]
    public void Null_values_are_present_but_not_set()
    {
        var config = Hocon.Parse("a = null");

        Assert.False(config.HasPath("a"));
        Assert.Equal(ConfigValueType.Null, config.GetValue("a")!.ValueType);
        Assert.Equal("fallback", config.GetString("a", "fallback"));
        Assert.Empty(config.AsEnumerable());
    }
}
