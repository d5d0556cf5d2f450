using Baton.Library;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>The columns <see cref="ReadItem"/> expects, in order, for an <c>items</c> row aliased <c>i</c>.</summary>
    private const string ItemColumns = """
        i.id, i.kind, i.title, i.body, i.tags, i.sensitivity, i.revision, i.created_at, i.updated_at, i.archived_at,
        i.src_actor, i.src_name, i.src_tool, i.src_model, i.src_prompt, i.src_repo, i.src_branch, i.src_commit,
        i.src_dirty, i.src_path, i.src_line_start, i.src_line_end, i.src_url, i.src_at,
        i.anchor_path, i.anchor_start, i.anchor_end, i.anchor_commit, i.anchor_hash, i.anchor_language,
        i.rev_actor, i.rev_name, i.rev_tool, i.rev_model
        """;

    private const string InsertItemSql = """
        INSERT INTO items (id, kind, title, body, tags, sensitivity, revision, created_at, updated_at, archived_at,
            src_actor, src_name, src_tool, src_model, src_prompt, src_repo, src_branch, src_commit,
            src_dirty, src_path, src_line_start, src_line_end, src_url, src_at,
            anchor_path, anchor_start, anchor_end, anchor_commit, anchor_hash, anchor_language,
            rev_actor, rev_name, rev_tool, rev_model)
        VALUES ($id, $kind, $title, $body, $tags, $sensitivity, $revision, $created_at, $updated_at, $archived_at,
            $src_actor, $src_name, $src_tool, $src_model, $src_prompt, $src_repo, $src_branch, $src_commit,
            $src_dirty, $src_path, $src_line_start, $src_line_end, $src_url, $src_at,
            $anchor_path, $anchor_start, $anchor_end, $anchor_commit, $anchor_hash, $anchor_language,
            $rev_actor, $rev_name, $rev_tool, $rev_model)
        RETURNING rowid
        """;

    private static readonly string[] ItemParameters =
    [
        "$id", "$kind", "$title", "$body", "$tags", "$sensitivity", "$revision", "$created_at", "$updated_at", "$archived_at",
        "$src_actor", "$src_name", "$src_tool", "$src_model", "$src_prompt", "$src_repo", "$src_branch", "$src_commit",
        "$src_dirty", "$src_path", "$src_line_start", "$src_line_end", "$src_url", "$src_at",
        "$anchor_path", "$anchor_start", "$anchor_end", "$anchor_commit", "$anchor_hash", "$anchor_language",
        "$rev_actor", "$rev_name", "$rev_tool", "$rev_model",
    ];

    private static Item ReadItem(SqliteDataReader r, int o = 0) => new()
    {
        Id = r.GetString(o + 0),
        Kind = ItemKinds.Parse(r.GetString(o + 1)),
        Title = r.GetString(o + 2),
        Body = r.GetString(o + 3),
        Tags = SplitTags(r.GetString(o + 4)),
        Sensitivity = (Sensitivity)r.GetInt32(o + 5),
        Revision = r.GetInt32(o + 6),
        CreatedAt = Time(r.GetInt64(o + 7)),
        UpdatedAt = Time(r.GetInt64(o + 8)),
        ArchivedAt = r.IsDBNull(o + 9) ? null : Time(r.GetInt64(o + 9)),
        Source = new SourceLabel
        {
            Actor = ActorKinds.Parse(r.GetString(o + 10)),
            Name = r.GetString(o + 11),
            Tool = Text(r, o + 12),
            Model = Text(r, o + 13),
            PromptRef = Text(r, o + 14),
            Repo = Text(r, o + 15),
            Branch = Text(r, o + 16),
            Commit = Text(r, o + 17),
            Dirty = r.IsDBNull(o + 18) ? null : r.GetInt64(o + 18) != 0,
            Path = Text(r, o + 19),
            Lines = r.IsDBNull(o + 20) ? null : new LineRange(r.GetInt32(o + 20), r.GetInt32(o + 21)),
            Url = Text(r, o + 22),
            At = Time(r.GetInt64(o + 23)),
        },
        Anchor = r.IsDBNull(o + 24) ? null : new SnippetAnchor(
            r.GetString(o + 24),
            new LineRange(r.GetInt32(o + 25), r.GetInt32(o + 26)),
            Text(r, o + 27),
            r.GetString(o + 28),
            Text(r, o + 29)),
        RevisedBy = new RevisionAuthor(ActorKinds.Parse(r.GetString(o + 30)), r.GetString(o + 31), Text(r, o + 32), Text(r, o + 33)),
    };

    private static SqliteCommand PrepareInsertItem(SqliteCommand command)
    {
        foreach (var name in ItemParameters)
            command.Parameters.Add(name, SqliteType.Text);
        return command;
    }

    private static void BindItem(SqliteCommand command, Item item)
    {
        var p = command.Parameters;
        var s = item.Source;
        var a = item.Anchor;
        p[0].Value = item.Id;
        p[1].Value = item.Kind.Name();
        p[2].Value = item.Title;
        p[3].Value = item.Body;
        p[4].Value = JoinTags(item.Tags);
        p[5].Value = (int)item.Sensitivity;
        p[6].Value = item.Revision;
        p[7].Value = Millis(item.CreatedAt);
        p[8].Value = Millis(item.UpdatedAt);
        p[9].Value = Db(item.ArchivedAt is { } archived ? Millis(archived) : null);
        p[10].Value = s.Actor.Name();
        p[11].Value = s.Name;
        p[12].Value = Db(s.Tool);
        p[13].Value = Db(s.Model);
        p[14].Value = Db(s.PromptRef);
        p[15].Value = Db(s.Repo);
        p[16].Value = Db(s.Branch);
        p[17].Value = Db(s.Commit);
        p[18].Value = Db(s.Dirty is { } dirty ? (dirty ? 1 : 0) : null);
        p[19].Value = Db(s.Path);
        p[20].Value = Db(s.Lines?.Start);
        p[21].Value = Db(s.Lines?.End);
        p[22].Value = Db(s.Url);
        p[23].Value = Millis(s.At);
        p[24].Value = Db(a?.Path);
        p[25].Value = Db(a?.Lines.Start);
        p[26].Value = Db(a?.Lines.End);
        p[27].Value = Db(a?.Commit);
        p[28].Value = Db(a?.ContentHash);
        p[29].Value = Db(a?.Language);
        p[30].Value = item.RevisedBy.Actor.Name();
        p[31].Value = item.RevisedBy.Name;
        p[32].Value = Db(item.RevisedBy.Tool);
        p[33].Value = Db(item.RevisedBy.Model);
    }

    private static object Db(object? value) => value ?? DBNull.Value;

    private static string? Text(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static long Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static DateTimeOffset Time(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);

    private static string JoinTags(IReadOnlyList<string> tags) => string.Join(' ', tags);

    private static string[] SplitTags(string tags) =>
        tags.Length == 0 ? [] : tags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
