using System.Text.Json.Nodes;
using Baton.Handoffs;
using Baton.Library;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task<Handoff> AddHandoffAsync(Handoff handoff, RevisionAuthor by, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction =>
        {
            using (var next = Command("SELECT coalesce(max(number), 0) + 1 FROM handoffs", transaction))
                handoff = handoff with { Number = Convert.ToInt32(next.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) };
            using var insert = Command("""
                INSERT INTO handoffs (id, number, state, recipient, revision, created_at, updated_at, document)
                VALUES ($id, $number, $state, $to, $revision, $created, $updated, $document)
                """, transaction);
            insert.Parameters.AddWithValue("$id", handoff.Id);
            insert.Parameters.AddWithValue("$number", handoff.Number);
            insert.Parameters.AddWithValue("$created", Millis(handoff.CreatedAt));
            BindHandoff(insert, handoff);
            insert.ExecuteNonQuery();
            using var events = PrepareEvent(transaction);
            AppendEvent(events, handoff.CreatedAt, by, "handoff.created", handoff.Id, EventData(handoff));
            return handoff;
        }));

    public Task<Handoff?> FindHandoffAsync(int number, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT document FROM handoffs WHERE number = $number");
        command.Parameters.AddWithValue("$number", number);
        return Task.FromResult(command.ExecuteScalar() is string document ? ReadHandoff(document) : null);
    }

    public Task<IReadOnlyList<Handoff>> ListHandoffsAsync(HandoffFilter filter, CancellationToken cancellationToken = default)
    {
        var where = new List<string>();
        using var command = Command("");
        if (filter.States is { Count: > 0 } states)
        {
            var names = new List<string>();
            for (var i = 0; i < states.Count; i++)
            {
                names.Add($"$s{i}");
                command.Parameters.AddWithValue($"$s{i}", states[i].Name());
            }

            where.Add($"state IN ({string.Join(", ", names)})");
        }

        if (filter.To is not null)
        {
            where.Add("recipient = $to COLLATE NOCASE");
            command.Parameters.AddWithValue("$to", filter.To);
        }

        command.CommandText = $"SELECT document FROM handoffs {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")} ORDER BY number DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", filter.Limit);
        using var r = command.ExecuteReader();
        var handoffs = new List<Handoff>();
        while (r.Read())
            handoffs.Add(ReadHandoff(r.GetString(0)));
        return Task.FromResult<IReadOnlyList<Handoff>>(handoffs);
    }

    public Task<Handoff> UpdateHandoffAsync(HandoffChange change, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction => WriteHandoff(change, transaction)));

    public Task AddReviewAsync(Review review, HandoffChange? change, CancellationToken cancellationToken = default)
    {
        Write(transaction =>
        {
            // The change first: a review of a handoff that moved on meanwhile is refused as a conflict too.
            if (change is not null)
                WriteHandoff(change, transaction);
            using var insert = Command("""
                INSERT INTO handoff_reviews (id, handoff, verdict, actor, name, tool, model, body, on_item, on_path, on_line_start, on_line_end, head, pack, at)
                VALUES ($id, $handoff, $verdict, $actor, $name, $tool, $model, $body, $item, $path, $start, $end, $head, $pack, $at)
                """, transaction);
            var p = insert.Parameters;
            p.AddWithValue("$id", review.Id);
            p.AddWithValue("$handoff", review.HandoffId);
            p.AddWithValue("$verdict", review.Verdict.Name());
            p.AddWithValue("$actor", review.Reviewer.Actor.Name());
            p.AddWithValue("$name", review.Reviewer.Name);
            p.AddWithValue("$tool", Db(review.Reviewer.Tool));
            p.AddWithValue("$model", Db(review.Reviewer.Model));
            p.AddWithValue("$body", Db(review.Body));
            p.AddWithValue("$item", Db(review.On?.ItemId));
            p.AddWithValue("$path", Db(review.On?.Path));
            p.AddWithValue("$start", Db(review.On?.Lines?.Start));
            p.AddWithValue("$end", Db(review.On?.Lines?.End));
            p.AddWithValue("$head", Db(review.Head));
            p.AddWithValue("$pack", Db(review.PackId));
            p.AddWithValue("$at", Millis(review.At));
            insert.ExecuteNonQuery();

            var data = new JsonObject { ["review"] = review.Id };
            if (review.On is { } on)
                data["on"] = on.ToString();
            if (review.Head is { } head)
                data["head"] = head;
            using var events = PrepareEvent(transaction);
            AppendEvent(events, review.At, review.Reviewer, review.Verdict.EventKind(), review.HandoffId, data.ToJsonString());
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Review>> GetReviewsAsync(string handoffId, CancellationToken cancellationToken = default)
    {
        using var command = Command("""
            SELECT id, verdict, actor, name, tool, model, body, on_item, on_path, on_line_start, on_line_end, head, pack, at, dismissed_at, dismissed_reason
            FROM handoff_reviews WHERE handoff = $handoff ORDER BY seq
            """);
        command.Parameters.AddWithValue("$handoff", handoffId);
        using var r = command.ExecuteReader();
        var reviews = new List<Review>();
        while (r.Read())
        {
            var on = !r.IsDBNull(7) ? new ReviewTarget(r.GetString(7), null, null)
                : !r.IsDBNull(8) ? new ReviewTarget(null, r.GetString(8), r.IsDBNull(9) ? null : new LineRange(r.GetInt32(9), r.GetInt32(10)))
                : null;
            reviews.Add(new Review
            {
                Id = r.GetString(0),
                HandoffId = handoffId,
                Verdict = ReviewVerdicts.Parse(r.GetString(1)),
                Reviewer = new RevisionAuthor(ActorKinds.Parse(r.GetString(2)), r.GetString(3), Text(r, 4), Text(r, 5)),
                Body = Text(r, 6),
                On = on,
                Head = Text(r, 11),
                PackId = Text(r, 12),
                At = Time(r.GetInt64(13)),
                DismissedAt = r.IsDBNull(14) ? null : Time(r.GetInt64(14)),
                DismissedReason = Text(r, 15),
            });
        }

        return Task.FromResult<IReadOnlyList<Review>>(reviews);
    }

    private Handoff WriteHandoff(HandoffChange change, SqliteTransaction transaction)
    {
        var next = change.Next;
        using (var read = Command("SELECT revision FROM handoffs WHERE id = $id", transaction))
        {
            read.Parameters.AddWithValue("$id", next.Id);
            var stored = read.ExecuteScalar() is long revision ? (int)revision : throw BatonErrors.HandoffNotFound(next.Ref);
            if (stored != next.Revision - 1)
                throw BatonErrors.HandoffConflict(next.Ref, next.Revision - 1, stored);
        }

        using (var update = Command("""
            UPDATE handoffs SET state = $state, recipient = $to, revision = $revision, updated_at = $updated, document = $document
            WHERE id = $id
            """, transaction))
        {
            update.Parameters.AddWithValue("$id", next.Id);
            BindHandoff(update, next);
            update.ExecuteNonQuery();
        }

        using var events = PrepareEvent(transaction);
        AppendEvent(events, next.UpdatedAt, change.By, change.EventKind, next.Id, change.EventData ?? EventData(next));
        if (change.DismissApprovals is { } reason)
            DismissApprovals(next, change.By, reason, events, transaction);
        return next;
    }

    /// <summary>Marks every standing approval of the handoff dismissed, each with its own event.</summary>
    private void DismissApprovals(Handoff handoff, RevisionAuthor by, string reason, SqliteCommand events, SqliteTransaction transaction)
    {
        var dismissed = new List<string>();
        using (var update = Command("""
            UPDATE handoff_reviews SET dismissed_at = $at, dismissed_reason = $reason
            WHERE handoff = $handoff AND verdict = 'approve' AND dismissed_at IS NULL
            RETURNING id
            """, transaction))
        {
            update.Parameters.AddWithValue("$at", Millis(handoff.UpdatedAt));
            update.Parameters.AddWithValue("$reason", reason);
            update.Parameters.AddWithValue("$handoff", handoff.Id);
            using var r = update.ExecuteReader();
            while (r.Read())
                dismissed.Add(r.GetString(0));
        }

        foreach (var id in dismissed)
            AppendEvent(events, handoff.UpdatedAt, by, "review.dismissed", handoff.Id, new JsonObject { ["review"] = id, ["reason"] = reason }.ToJsonString());
    }

    /// <summary>Binds the columns every handoff write sets, after checking the document against the schema.</summary>
    private static void BindHandoff(SqliteCommand command, Handoff handoff)
    {
        var document = HandoffDocument.ToJson(handoff);
        var problems = HandoffSchema.Check(document);
        if (problems.Count > 0)
            throw BatonErrors.InvalidHandoff(handoff.Number > 0 ? handoff.Ref : "the handoff", problems);
        command.Parameters.AddWithValue("$state", handoff.State.Name());
        command.Parameters.AddWithValue("$to", handoff.To);
        command.Parameters.AddWithValue("$revision", handoff.Revision);
        command.Parameters.AddWithValue("$updated", Millis(handoff.UpdatedAt));
        command.Parameters.AddWithValue("$document", document.ToJsonString());
    }

    private static Handoff ReadHandoff(string document) => HandoffDocument.FromJson(JsonNode.Parse(document)!.AsObject());

    private static string EventData(Handoff handoff) => new JsonObject
    {
        ["ref"] = handoff.Ref,
        ["state"] = handoff.State.Name(),
        ["revision"] = handoff.Revision,
    }.ToJsonString();
}
