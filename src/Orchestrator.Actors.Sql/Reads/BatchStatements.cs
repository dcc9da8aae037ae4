using System.Globalization;
using System.Text;

namespace Orchestrator.Actors.Sql.Reads;

/// <summary>
/// The statements of a batched read, one text per batch size, built on first use and kept. A batch's reads
/// arrive as a <c>VALUES</c> list of typed placeholders (PostgreSQL's <c>$n::type</c>), one row per read.
/// </summary>
/// <param name="build">Makes the statement around the <c>VALUES</c> rows it is given.</param>
/// <param name="columnTypes">The PostgreSQL type of each column of a read's row.</param>
internal sealed class BatchStatements(Func<string, string> build, params string[] columnTypes)
{
    private readonly Dictionary<int, string> _texts = [];

    /// <summary>The statement for <paramref name="reads"/> reads; parameters are numbered row by row from <c>$1</c>.</summary>
    public string For(int reads)
    {
        lock (_texts)
        {
            if (!_texts.TryGetValue(reads, out var text))
            {
                text = build(Rows(reads));
                _texts[reads] = text;
            }

            return text;
        }
    }

    private string Rows(int reads)
    {
        var rows = new StringBuilder(reads * columnTypes.Length * 16);
        for (var read = 0; read < reads; read++)
        {
            rows.Append(read == 0 ? "(" : ", (");
            for (var column = 0; column < columnTypes.Length; column++)
            {
                var position = (read * columnTypes.Length) + column + 1;
                rows.Append(column == 0 ? "$" : ", $").Append(position.ToString(CultureInfo.InvariantCulture)).Append("::").Append(columnTypes[column]);
            }

            rows.Append(')');
        }

        return rows.ToString();
    }
}
