using System.Globalization;
using System.Text;
using Baton.Library;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    // bm25 weights for title, body, tags: a word in the title or tags says more about an item than one in its body.
    // baton_rank is bm25 with a sampled document frequency for common phrases (Fts5Ranking); it needs the rowid span.
    private const string Rank = $"{Fts5Ranking.Name}(items_fts, (SELECT min(rowid) FROM items), (SELECT max(rowid) FROM items), $phrases, 10.0, 1.0, 5.0)";

    private const string HighlightedExcerpt = $"""
        SELECT {ItemColumns}, snippet(items_fts, 1, char(2), char(3), '…', 16), top.score, top.ranked
        FROM top JOIN items_fts ON items_fts.rowid = top.rowid JOIN items i ON i.rowid = top.rowid
        WHERE items_fts MATCH $query
        """;

    // snippet() needs the MATCH again, and FTS5 expands a prefix term anew for every row it is joined to: at 1M
    // items `conf*` spent 6.1 s of CPU on 20 excerpts (bench/library.sh). Prefix queries show the body's start.
    private const string PlainExcerpt = $"""
        SELECT {ItemColumns}, substr(i.body, 1, 160), top.score, top.ranked
        FROM top JOIN items i ON i.rowid = top.rowid
        """;

    public Task<IReadOnlyList<Item>> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        using var command = Command("");
        command.CommandText = $"""
            SELECT {ItemColumns} FROM items i
            WHERE 1 = 1{Filters(filter, command)}
            ORDER BY i.updated_at DESC, i.id DESC
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", filter.Limit);
        command.Parameters.AddWithValue("$offset", filter.Offset);
        using var reader = command.ExecuteReader();
        var items = new List<Item>();
        while (reader.Read())
            items.Add(ReadItem(reader));
        return Task.FromResult<IReadOnlyList<Item>>(items);
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, ItemFilter filter, CancellationToken cancellationToken = default)
    {
        var (match, phrases) = WithTagPhrases(query, filter.Tags);
        try
        {
            return Task.FromResult(Search(match, phrases, query.HasPrefix, filter));
        }
        catch (SqliteException e) when (IsFts5Error(e))
        {
            // With tag phrases added, FTS5 would point into the combined expression: report the user's query alone.
            var problem = e;
            if (match != query.MatchExpression)
            {
                try
                {
                    Search(query.MatchExpression, query.PhraseKinds, query.HasPrefix, filter with { Limit = 0 });
                }
                catch (SqliteException plain) when (IsFts5Error(plain))
                {
                    problem = plain;
                }
            }

            throw BatonErrors.InvalidQuery(query.Text, Fts5Problem(problem.Message));
        }
    }

    private static bool IsFts5Error(SqliteException e) => e.Message.Contains("fts5", StringComparison.Ordinal);

    /// <summary>
    /// The match expression with each tag of the filter added as a phrase of the tags column, and the phrase kinds
    /// for <see cref="Fts5Ranking"/> (<c>f</c>: a filter, which does not count towards the score). FTS5 then
    /// intersects the tag's postings with the query's and skips what cannot match, instead of the store checking
    /// every match's tags: `cache --tag performance` at 1M items 19 → 2.5 ms, with a tag on 2,324 items 135 → 8 ms
    /// (sqlite3, window query). The phrase is only necessary (stemming makes `performing` match `performance`),
    /// so <see cref="Candidates"/> still checks the tag itself. A tag without letters or digits has no tokens and
    /// is left to that check alone.
    /// </summary>
    private static (string Match, string Phrases) WithTagPhrases(SearchQuery query, IReadOnlyList<string> tags)
    {
        var tagged = tags.Where(t => t.Any(char.IsLetterOrDigit)).ToList();
        if (tagged.Count == 0)
            return (query.MatchExpression, query.PhraseKinds);
        var match = new StringBuilder("(").Append(query.MatchExpression).Append(')');
        foreach (var tag in tagged)
            match.Append(" AND tags : \"").Append(tag.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return (match.ToString(), query.PhraseKinds + new string('f', tagged.Count));
    }

    private SearchResults Search(string match, string phrases, bool hasPrefix, ItemFilter filter)
    {
        // Rank first, on rowids only; make excerpts (from the body: the title is shown anyway) for the page of results alone, since snippet() reads
        // each document and would otherwise run for every match.
        // Rank within a window of the newest matches: FTS5 walks a doclist in rowid order and stops at the LIMIT, so
        // the ranking runs for at most the window's rows instead of every match (`the` at 1M items: 1.1 s → 27 ms).
        using var command = Command("");
        var candidates = Candidates(filter, command);
        command.CommandText = $"""
            WITH top AS (
                SELECT rowid, score, count(*) OVER () AS ranked FROM (
                    SELECT items_fts.rowid AS rowid, {Rank} AS score
                    {candidates}
                    ORDER BY items_fts.rowid DESC LIMIT $window)
                ORDER BY score LIMIT $limit OFFSET $offset)
            {(hasPrefix ? PlainExcerpt : HighlightedExcerpt)}
            ORDER BY top.score, i.id
            """;
        command.Parameters.AddWithValue("$query", match);
        command.Parameters.AddWithValue("$phrases", phrases);
        command.Parameters.AddWithValue("$limit", filter.Limit);
        command.Parameters.AddWithValue("$offset", filter.Offset);
        command.Parameters.AddWithValue("$window", filter.RankWindow ?? -1);
        var hits = new List<SearchHit>();
        var ranked = 0L;
        using var reader = command.ExecuteReader();
        var excerpt = ItemColumns.Count(c => c == ',') + 1;
        while (reader.Read())
        {
            hits.Add(new SearchHit(ReadItem(reader), reader.GetString(excerpt), -reader.GetDouble(excerpt + 1)));
            ranked = reader.GetInt64(excerpt + 2);
        }

        return new SearchResults(hits, filter.RankWindow, ranked >= filter.RankWindow);
    }

    /// <summary>
    /// The FROM and WHERE that select the candidates to rank. Reading an item's row costs a page read per match, so
    /// the archived state and the tags are checked by rowid, and the other filters read the narrow items_facets index.
    /// </summary>
    private static string Candidates(ItemFilter filter, SqliteCommand command)
    {
        var rowFilters = RowFilters(filter, command);
        // items_facets holds every column RowFilters reads, so the join never touches the row itself (0005_item_facets.sql).
        var sql = new StringBuilder(rowFilters.Length > 0 ? "FROM items_fts JOIN items i INDEXED BY items_facets ON i.rowid = items_fts.rowid" : "FROM items_fts");
        sql.Append(" WHERE items_fts MATCH $query");
        if (!filter.IncludeArchived)
            sql.Append(" AND items_fts.rowid NOT IN (SELECT rowid FROM items WHERE archived_at IS NOT NULL)");
        for (var t = 0; t < filter.Tags.Count; t++)
        {
            var name = "$tag" + t.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, filter.Tags[t]);
            sql.Append($" AND EXISTS (SELECT 1 FROM item_tags t WHERE t.tag = {name} AND t.item = items_fts.rowid)");
        }

        return sql.Append(rowFilters).ToString();
    }

    /// <summary>Turns <c>SQLite Error 1: 'fts5: syntax error near "AND"'.</c> into <c>syntax error near "AND"</c>.</summary>
    private static string Fts5Problem(string message)
    {
        var start = message.IndexOf("fts5:", StringComparison.Ordinal);
        var problem = (start < 0 ? message : message[(start + 5)..]).TrimEnd('.', '\'', ' ').Trim();
        return problem == "syntax error near \"\""
            ? "it ends in the middle of an expression (AND, OR and NOT need a word on each side)"
            : problem;
    }

    /// <summary>SQL conditions on <c>items i</c> for the filter, each starting with AND; adds their parameters.</summary>
    private static string Filters(ItemFilter filter, SqliteCommand command)
    {
        var sql = new StringBuilder();
        if (!filter.IncludeArchived)
            sql.Append(" AND i.archived_at IS NULL");
        for (var t = 0; t < filter.Tags.Count; t++)
        {
            var name = "$tag" + t.ToString(CultureInfo.InvariantCulture);
            sql.Append(" AND EXISTS (SELECT 1 FROM item_tags t WHERE t.tag = ").Append(name).Append(" AND t.item = i.rowid)");
            command.Parameters.AddWithValue(name, filter.Tags[t]);
        }

        return sql.Append(RowFilters(filter, command)).ToString();
    }

    /// <summary>
    /// The conditions on columns of <c>items i</c> (not tags, not the archived state), each starting with AND. Search
    /// reads them from the items_facets index: a new filter column belongs in that index too.
    /// </summary>
    private static string RowFilters(ItemFilter filter, SqliteCommand command)
    {
        var sql = new StringBuilder();
        if (filter.Kinds.Count > 0)
            sql.Append(" AND i.kind IN (").Append(In(command, "$kind", filter.Kinds.Select(k => (object)k.Name()))).Append(')');
        if (filter.Sensitivities.Count > 0)
            sql.Append(" AND i.sensitivity IN (").Append(In(command, "$sens", filter.Sensitivities.Select(s => (object)(int)s))).Append(')');

        if (filter.SourceTool is not null)
        {
            sql.Append(" AND i.src_tool = $tool");
            command.Parameters.AddWithValue("$tool", filter.SourceTool);
        }

        if (filter.Actor is not null)
        {
            sql.Append(" AND i.src_actor = $actor");
            command.Parameters.AddWithValue("$actor", filter.Actor.Value.Name());
        }

        if (filter.Since is not null)
        {
            sql.Append(" AND i.updated_at >= $since");
            command.Parameters.AddWithValue("$since", Millis(filter.Since.Value));
        }

        return sql.ToString();
    }

    private static string In(SqliteCommand command, string prefix, IEnumerable<object> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, value);
            names.Add(name);
        }

        return string.Join(", ", names);
    }
}
