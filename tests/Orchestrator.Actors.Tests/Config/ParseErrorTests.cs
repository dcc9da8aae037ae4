using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>Every syntax error names file, line and column and says what is wrong.</summary>
public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("a = \"abc", 1, 5, "unterminated quoted string")]
    [InlineData("a = 1\nb = \"abc\nc = 2", 2, 5, "unterminated quoted string")]
    [InlineData("a = \"\"\"never closed\n\n", 1, 5, "unterminated triple-quoted string")]
    [InlineData("a = \"x\\qy\"", 1, 7, "bad escape sequence '\\q'")]
    [InlineData("a = \"\\u12G4\"", 1, 6, "bad unicode escape")]
    [InlineData("a = \"ends with backslash\\", 1, 25, "unterminated escape")]
    public void Unterminated_string_reports_line_and_column(string input, int line, int column, string says)
    {
        Hocon.AssertAt(Hocon.ParseError(input), line, column, says);
    }

    [Theory]
    [InlineData("a = foo!bar", 1, 8, "reserved character '!'")]
    [InlineData("a = 1 + 2", 1, 7, "reserved character '+'")]
    [InlineData("a = @home", 1, 5, "reserved character '@'")]
    [InlineData("a = x\\y", 1, 6, "reserved character '\\'")]
    [InlineData("key? = 1", 1, 4, "reserved character '?'")]
    [InlineData("a = $HOME", 1, 5, "'$' is reserved")]
    public void Reserved_character_outside_quotes_reports_its_position(string input, int line, int column, string says)
    {
        Hocon.AssertAt(Hocon.ParseError(input), line, column, says);
    }

    [Theory]
    [InlineData("a = ${foo", 1, 5, "unterminated substitution")]
    [InlineData("a = ${foo\n}", 1, 5, "unterminated substitution")]
    [InlineData("a = ${}", 1, 5, "empty substitution")]
    [InlineData("a = ${?  }", 1, 5, "empty substitution")]
    [InlineData("a = ${foo..bar}", 1, 5, "bad path expression 'foo..bar'")]
    [InlineData("a = ${.foo}", 1, 5, "empty key")]
    [InlineData("a = ${a{b}", 1, 5, "'{' must be quoted")]
    [InlineData("a = ${\"open}", 1, 7, "unterminated quoted string")]
    [InlineData("${a} = 1", 1, 1, "substitutions are not allowed in keys")]
    [InlineData("a ${b} = 1", 1, 3, "substitutions are not allowed in keys")]
    public void Bad_substitution_syntax_reports_the_substitution(string input, int line, int column, string says)
    {
        Hocon.AssertAt(Hocon.ParseError(input), line, column, says);
    }

    [Theory]
    [InlineData("a {\n  b = 1\n", 3, 1, "the '{' at line 1, column 3 is never closed")]
    [InlineData("a { b { c = 1 }", 1, 16, "the '{' at line 1, column 3 is never closed")]
    [InlineData("a = 1\n}", 2, 1, "unexpected '}' without a matching '{'")]
    [InlineData("a = [1, 2", 1, 10, "the '[' at line 1, column 5 is never closed")]
    [InlineData("a = [1, [2]\n", 2, 1, "the '[' at line 1, column 5 is never closed")]
    [InlineData("a = [1}", 1, 7, "unexpected '}' in a list")]
    [InlineData("a = 1]", 1, 6, "unexpected ']' after the value of 'a'")]
    [InlineData("a { b = 1 ]", 1, 11, "unexpected ']' after the value of 'b'")]
    [InlineData("{ a = 1 } b = 2", 1, 11, "after the '}' that closes the root object")]
    [InlineData("[1, 2]", 1, 1, "must be an object, but this one is a list")]
    public void Unbalanced_braces_and_brackets_report_where_they_were_opened(string input, int line, int column, string says)
    {
        Hocon.AssertAt(Hocon.ParseError(input), line, column, says);
    }

    [Theory]
    [InlineData("a =\nb = 1", 1, 4, "missing value for 'a': found end of line")]
    [InlineData("a = ", 1, 5, "missing value for 'a': found end of input")]
    [InlineData("a = , b = 1", 1, 5, "missing value for 'a': found ','")]
    [InlineData("a { b = }", 1, 9, "missing value for 'b'")]
    [InlineData("a : # comment\n", 1, 14, "missing value for 'a'")]
    [InlineData("a += \n", 1, 6, "missing value for 'a'")]
    [InlineData("a = [1, ]]", 1, 10, "unexpected ']' after the value of 'a'")]
    [InlineData("a = [1, :]", 1, 9, "missing value for a list element: found ':'")]
    public void Missing_value_reports_what_was_found_instead(string input, int line, int column, string says)
    {
        Hocon.AssertAt(Hocon.ParseError(input), line, column, says);
    }

    [Theory]
    [InlineData("a\nb = 1", 1, 2, "key 'a' has no value")]
    [InlineData("a", 1, 2, "key 'a' has no value")]
    [InlineData("a [1]", 1, 3, "expected '=', ':' or '{' after key 'a', got '['")]
    [InlineData("= 1", 1, 1, "expected a key, got '='")]
    [InlineData("a = 1\n{ b = 2 }", 2, 1, "expected a key, got '{'")]
    [InlineData("a..b = 1", 1, 1, "bad key 'a..b'")]
    [InlineData(".a = 1", 1, 1, "empty path element")]
    [InlineData("a. = 1", 1, 1, "empty path element")]
    [InlineData("a = 1 b = 2", 1, 9, "unexpected '=' after the value of 'a'")]
    [InlineData("url = http://example.com", 1, 11, "unexpected ':' after the value of 'url'")]
    public void Bad_key_reports_the_key_and_its_position(string input, int line, int column, string says)
    {
        Hocon.AssertAt(Hocon.ParseError(input), line, column, says);
    }

    [Theory]
    [InlineData("a = 1,,b = 2", 1, 7, "unexpected ','")]
    [InlineData("{ , a = 1 }", 1, 3, "unexpected ','")]
    [InlineData("a = 1,\n,b = 2", 2, 1, "unexpected ','")]
    [InlineData("a = [1,,2]", 1, 8, "unexpected ',' in a list")]
    [InlineData("a = [,1]", 1, 6, "unexpected ',' in a list")]
    [InlineData("a = [1, 2,,]", 1, 11, "unexpected ',' in a list")]
    public void Extra_commas_are_errors(string input, int line, int column, string says)
    {
        Hocon.AssertAt(Hocon.ParseError(input), line, column, says);
    }

    [Theory]
    [InlineData("a = { x = 1 } foo", 1, 15, "cannot concatenate \"foo\" with an object")]
    [InlineData("a = [1] { x = 1 }", 1, 9, "cannot concatenate an object with a list")]
    [InlineData("a = foo [1]", 1, 5, "cannot concatenate \"foo\" with a list")]
    public void Concatenating_objects_or_lists_with_other_kinds_is_an_error(string input, int line, int column, string says)
    {
        Hocon.AssertAt(Hocon.ParseError(input), line, column, says);
    }

    [Theory]
    [InlineData("include foo.conf", 1, 9, "include must be followed by a quoted file name")]
    [InlineData("include = 5", 1, 9, "include must be followed by a quoted file name")]
    [InlineData("include", 1, 8, "include must be followed by a quoted file name")]
    [InlineData("include url(\"http://example.com/a.conf\")", 1, 1, "include url(...) is not supported")]
    [InlineData("include classpath(\"a.conf\")", 1, 1, "include classpath(...) is not supported")]
    [InlineData("include bogus(\"a.conf\")", 1, 1, "bad include: 'bogus('")]
    [InlineData("include file(required(\"a.conf\"))", 1, 1, "bad include")]
    [InlineData("include required(\"a.conf\"", 1, 26, "expected 1 closing ')'")]
    [InlineData("include required(\"a.conf\"))", 1, 26, "expected 1 closing ')'")]
    [InlineData("include required(\"ORCH_missing_4b1d.conf\")", 1, 1, "required include 'ORCH_missing_4b1d.conf' was not found")]
    public void Bad_include_statements_are_errors(string input, int line, int column, string says)
    {
        Hocon.AssertAt(Hocon.ParseError(input), line, column, says);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_an_error_not_a_stack_overflow()
    {
        var error = Hocon.ParseError("a = " + new string('[', 100_000));

        Hocon.AssertAt(error, 1, 261, "nested more than 256 levels");
        Hocon.AssertAt(Hocon.ParseError(string.Concat(Enumerable.Repeat("a {", 300))), 1, 771, "nested more than 256 levels");
    }

    [Fact]
    public void Parse_errors_use_the_given_source_name()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationFactory.ParseString("a = \"x", "seed.conf"));

        Assert.Equal("seed.conf:1:5: unterminated quoted string (a quoted string must end on the line it starts; use \"\"\"triple quotes\"\"\" for several lines)", error.Message);
        Assert.Equal([error.Message], error.Problems);
    }

    [Fact]
    public void Missing_file_and_missing_resource_are_configuration_errors()
    {
        var file = Assert.Throws<ConfigurationException>(() => ConfigurationFactory.ParseFile(Hocon.Corpus("no-such-file.conf")));
        var resource = Assert.Throws<ConfigurationException>(() => ConfigurationFactory.FromResource(typeof(Config).Assembly, "Orchestrator.Actors.nope.conf"));

        Assert.Contains("no-such-file.conf' not found", file.Message, StringComparison.Ordinal);
        Assert.Contains("Orchestrator.Actors.reference.conf", resource.Message, StringComparison.Ordinal);
    }
}
