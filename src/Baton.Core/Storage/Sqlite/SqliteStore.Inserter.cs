using Baton.Library;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Inserts new items (row and tags) within one transaction and adds them to the full-text index in one
    /// statement when disposed. Fed a row at a time (a trigger), FTS5 flushes its pending terms at every
    /// statement and writes one small segment per item, to be merged again and again: indexing the batch
    /// at once doubles ingest (bench/library.sh). Call <see cref="Index"/> before the transaction commits.
    /// </summary>
    private sealed class ItemInserter : IDisposable
    {
        private readonly SqliteCommand _insert;
        private readonly SqliteCommand _tag;
        private readonly SqliteCommand _index;
        private long _first = long.MaxValue;
        private long _last = long.MinValue;

        public ItemInserter(SqliteStore store, SqliteTransaction transaction)
        {
            _insert = PrepareInsertItem(store.Command(InsertItemSql, transaction));
            _tag = store.Command("INSERT INTO item_tags (tag, item) VALUES ($tag, $item)", transaction);
            _tag.Parameters.Add("$tag", SqliteType.Text);
            _tag.Parameters.Add("$item", SqliteType.Integer);
            _index = store.Command("""
                INSERT INTO items_fts (rowid, title, body, tags)
                SELECT rowid, title, body, tags FROM items WHERE rowid BETWEEN $first AND $last
                """, transaction);
        }

        public long Insert(Item item)
        {
            BindItem(_insert, item);
            var rowid = (long)_insert.ExecuteScalar()!;
            _tag.Parameters[1].Value = rowid;
            foreach (var t in item.Tags)
            {
                _tag.Parameters[0].Value = t;
                _tag.ExecuteNonQuery();
            }

            (_first, _last) = (Math.Min(_first, rowid), Math.Max(_last, rowid));
            return rowid;
        }

        /// <summary>Indexes what was inserted. The transaction holds the write lock, so the rowid range is ours alone.</summary>
        public void Index()
        {
            if (_first > _last)
                return;
            _index.Parameters.AddWithValue("$first", _first);
            _index.Parameters.AddWithValue("$last", _last);
            _index.ExecuteNonQuery();
            (_first, _last) = (long.MaxValue, long.MinValue);
            _index.Parameters.Clear();
        }

        public void Dispose()
        {
            _insert.Dispose();
            _tag.Dispose();
            _index.Dispose();
        }
    }
}
