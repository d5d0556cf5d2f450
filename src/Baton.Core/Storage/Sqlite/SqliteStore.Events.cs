using Baton.Library;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private SqliteCommand PrepareEvent(SqliteTransaction transaction)
    {
        var command = Command("INSERT INTO events (at, actor, kind, subject, data) VALUES ($at, $actor, $kind, $subject, $data)", transaction);
        command.Parameters.Add("$at", SqliteType.Integer);
        command.Parameters.Add("$actor", SqliteType.Text);
        command.Parameters.Add("$kind", SqliteType.Text);
        command.Parameters.Add("$subject", SqliteType.Text);
        command.Parameters.Add("$data", SqliteType.Text);
        return command;
    }

    private static void AppendEvent(SqliteCommand command, DateTimeOffset at, RevisionAuthor actor, string kind, string subject, string? data)
    {
        command.Parameters[0].Value = Millis(at);
        command.Parameters[1].Value = actor.ToString();
        command.Parameters[2].Value = kind;
        command.Parameters[3].Value = subject;
        command.Parameters[4].Value = Db(data);
        command.ExecuteNonQuery();
    }

    public Task<IReadOnlyList<StoredEvent>> GetEventsAsync(string? subject = null, CancellationToken cancellationToken = default)
    {
        using var command = Command(subject is null
            ? "SELECT seq, at, actor, kind, subject, data FROM events ORDER BY seq"
            : "SELECT seq, at, actor, kind, subject, data FROM events WHERE subject = $subject ORDER BY seq");
        if (subject is not null)
            command.Parameters.AddWithValue("$subject", subject);
        using var r = command.ExecuteReader();
        var events = new List<StoredEvent>();
        while (r.Read())
            events.Add(new StoredEvent(r.GetInt64(0), Time(r.GetInt64(1)), r.GetString(2), r.GetString(3), r.GetString(4), Text(r, 5)));
        return Task.FromResult<IReadOnlyList<StoredEvent>>(events);
    }
}
