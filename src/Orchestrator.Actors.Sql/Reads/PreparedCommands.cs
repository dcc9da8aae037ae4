using System.Data.Common;
using Orchestrator.Actors.Sql.Dialects;

namespace Orchestrator.Actors.Sql.Reads;

/// <summary>
/// The commands an <see cref="BatchReader{TRead}"/> runs on its connection, one per statement text: made
/// and prepared on first use (the database parses and plans the statement once), then run again with new
/// parameter values; disposed with the reader.
/// </summary>
internal sealed class PreparedCommands(DbConnection connection, ISqlDialect dialect) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> with its parameters <c>$1..$n</c> set to <paramref name="values"/>.</summary>
    public async ValueTask<DbCommand> ForAsync(string sql, params object[] values)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            return command;
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            dialect.AddParameter(command, i + 1, values[i]);
        }

        _commands.Add(sql, command);
        await command.PrepareAsync();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
    }
}
