using System.Globalization;
using System.Text;

namespace Orchestrator.Node.Tests.Stats;

/// <summary>
/// Reads Prometheus' text format 0.0.4 back, strictly enough to catch a malformed exposition: every
/// sample's metric must have had its HELP and TYPE lines first, label values must be properly
/// quoted and escaped, values must parse.
/// </summary>
internal sealed class PrometheusTextParser
{
    private readonly Dictionary<string, (string Help, string Type)> _families = [];
    private readonly List<(string Name, IReadOnlyDictionary<string, string> Labels, double Value)> _samples = [];

    public IReadOnlyDictionary<string, (string Help, string Type)> Families => _families;

    public IReadOnlyList<(string Name, IReadOnlyDictionary<string, string> Labels, double Value)> Samples => _samples;

    public static PrometheusTextParser Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var parser = new PrometheusTextParser();
        var helps = new Dictionary<string, string>();
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                var rest = line["# HELP ".Length..];
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                helps[rest[..space]] = rest[(space + 1)..];
            }
            else if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                Assert.Equal(4, parts.Length);
                Assert.Contains(parts[3], new[] { "counter", "gauge", "untyped", "summary", "histogram" });
                Assert.True(helps.ContainsKey(parts[2]), $"TYPE of {parts[2]} comes before its HELP");
                Assert.False(parser._families.ContainsKey(parts[2]), $"{parts[2]} is declared twice");
                parser._families[parts[2]] = (helps[parts[2]], parts[3]);
            }
            else
            {
                parser.ParseSample(line);
            }
        }

        return parser;
    }

    /// <summary>The value of the one sample of <paramref name="name"/> whose labels include <paramref name="labels"/>.</summary>
    public double Value(string name, params (string Key, string Value)[] labels) =>
        Assert.Single(_samples, s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Value;

    private void ParseSample(string line)
    {
        var nameEnd = line.IndexOfAny(['{', ' ']);
        var name = line[..nameEnd];
        Assert.Matches("^[a-zA-Z_:][a-zA-Z0-9_:]*$", name);
        Assert.True(_families.ContainsKey(name), $"sample of {name} before its TYPE line");
        var labels = new Dictionary<string, string>();
        var position = nameEnd;
        if (line[position] == '{')
        {
            position++;
            while (line[position] != '}')
            {
                var equals = line.IndexOf('=', position);
                var key = line[position..equals];
                Assert.Matches("^[a-zA-Z_][a-zA-Z0-9_]*$", key);
                Assert.Equal('"', line[equals + 1]);
                position = equals + 2;
                var value = new StringBuilder();
                while (line[position] != '"')
                {
                    if (line[position] == '\\')
                    {
                        position++;
                        value.Append(line[position] switch
                        {
                            'n' => '\n',
                            '\\' => '\\',
                            '"' => '"',
                            var other => throw new FormatException($"bad escape \\{other} in {line}"),
                        });
                    }
                    else
                    {
                        value.Append(line[position]);
                    }

                    position++;
                }

                labels.Add(key, value.ToString());
                position++;
                if (line[position] == ',')
                {
                    position++;
                }
            }

            position++;
        }

        Assert.Equal(' ', line[position]);
        var number = line[(position + 1)..];
        var parsed = number switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            _ => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        _samples.Add((name, labels, parsed));
    }
}
