-- The columns that search filters on, keyed by rowid. Checking a match against --kind, --sensitivity,
-- --source-tool, --actor or --since reads this narrow index instead of the item's row: a row holds the body, so
-- most rows fill a page of their own, and every column after the body lies on overflow pages
-- (SqliteStore.Search.cs; figures in docs/benchmarks.md).
CREATE INDEX items_facets ON items (rowid, kind, sensitivity, src_actor, src_tool, updated_at);
