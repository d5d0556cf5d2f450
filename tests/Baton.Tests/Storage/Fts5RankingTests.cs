using Baton.Storage.Sqlite;
using Baton.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Baton.Tests.Storage;

/// <summary>baton_rank against FTS5's own bm25 on the same rows of a real FTS5 table.</summary>
public sealed class Fts5RankingTests : IDisposable
{
    private static readonly string[] Words =
        ["retry", "timeout", "cache", "deadlock", "postgres", "worker", "queue", "lock", "request", "policy", "deploy", "deployment", "the", "a"];

    private readonly TempDirectory _temp = new();
    private readonly SqliteConnection _connection;

    public Fts5RankingTests()
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.Combine("rank.db"), Pooling = false }.ConnectionString);
        _connection.Open();
        Fts5Ranking.Register(_connection);
        Execute("CREATE VIRTUAL TABLE docs USING fts5 (title, body, tags, tokenize = 'porter unicode61 remove_diacritics 2')");
    }

    public void Dispose()
    {
        _connection.Dispose();
        _temp.Dispose();
    }

    [Theory]
    [InlineData("\"retry\"", 40)]
    [InlineData("\"the request\"", 40)]
    [InlineData("\"deploy\"*", 40)]
    [InlineData("title : \"postgres\"", 40)]
    [InlineData("\"retry\" \"timeout\"", 400)]
    [InlineData("\"cache\" OR \"deadlock\" OR \"queue\"", 400)]
    [InlineData("\"worker\" OR \"deploy\"*", 400)]
    [InlineData("\"worker\" NOT \"lock\"", 400)]
    public void Rank_EveryPhraseRarerThanItsSample_EqualsBm25(string match, int rows)
    {
        // A query of one phrase samples SingleSampleHits (50) matches, one of several SampleHits (500) per phrase.
        Fill(rows, commonShare: 0.5);

        var scores = Scores(match, phraseKinds: "");

        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.Equal(s.Bm25, s.Rank, 9));
    }

    [Fact]
    public void Rank_OnePhraseCommonerThanTheSample_OrdersRowsExactlyAsBm25()
    {
        Fill(rows: 3 * Fts5Ranking.SampleHits, commonShare: 0.4);

        var scores = Scores("\"common\"");

        Assert.True(scores.Count > Fts5Ranking.SampleHits, $"only {scores.Count} rows match");
        Assert.Equal(
            scores.OrderBy(s => s.Bm25).ThenBy(s => s.Rowid).Select(s => s.Rowid),
            scores.OrderBy(s => s.Rank).ThenBy(s => s.Rowid).Select(s => s.Rowid));
    }

    [Fact]
    public void Rank_OnlyPhraseIsAPrefix_OrdersRowsAsBm25WithoutCountingIt()
    {
        Fill(rows: 400, commonShare: 0.5);

        var prefix = Scores("\"deploy\"*", phraseKinds: "p");

        Assert.Equal(
            prefix.OrderBy(s => s.Bm25).ThenBy(s => s.Rowid).Select(s => s.Rowid),
            prefix.OrderBy(s => s.Rank).ThenBy(s => s.Rowid).Select(s => s.Rowid));
        Assert.Contains(prefix, s => Math.Abs(s.Rank - s.Bm25) > 1e-6);
    }

    [Fact]
    public void Rank_PrefixBesideAWord_IsCountedAsBm25CountsIt()
    {
        Fill(rows: 400, commonShare: 0.5);

        var scores = Scores("\"worker\" OR \"deploy\"*", phraseKinds: "-p");

        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.Equal(s.Bm25, s.Rank, 9));
    }

    [Fact]
    public void Rank_CommonAndRarePhrases_StaysWithinAFewPercentOfBm25()
    {
        Fill(rows: 3 * Fts5Ranking.SampleHits, commonShare: 0.3);

        var scores = Scores("\"common\" OR \"deadlock\"");

        Assert.True(scores.Count > Fts5Ranking.SampleHits, $"only {scores.Count} rows match");
        Assert.All(scores, s => Assert.InRange(s.Rank / s.Bm25, 0.9, 1.1));
    }

    [Fact]
    public void Rank_WithoutTheRowidSpan_IsAnSqlErrorNotACrash()
    {
        Fill(rows: 10, commonShare: 0.5);
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {Fts5Ranking.Name}(docs) FROM docs WHERE docs MATCH 'retry OR common'";

        Assert.Throws<SqliteException>(() => command.ExecuteScalar());
    }

    /// <summary>Rows of words drawn from <see cref="Words"/>, and the word <c>common</c> in about <paramref name="commonShare"/> of them.</summary>
    private void Fill(int rows, double commonShare)
    {
        var random = new Random(42);
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs (title, body, tags) VALUES ($title, $body, $tags)";
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        for (var i = 0; i < rows; i++)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$title", Text(random.Next(2, 6)));
            insert.Parameters.AddWithValue("$body", Text(random.Next(5, 60)) + (random.NextDouble() < commonShare ? " common" : ""));
            insert.Parameters.AddWithValue("$tags", Text(random.Next(0, 3)));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private List<(long Rowid, double Bm25, double Rank)> Scores(string match, string phraseKinds = "")
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT rowid, bm25(docs, 10.0, 1.0, 5.0),
                   {Fts5Ranking.Name}(docs, (SELECT min(rowid) FROM docs), (SELECT max(rowid) FROM docs), $kinds, 10.0, 1.0, 5.0)
            FROM docs WHERE docs MATCH $match
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$kinds", phraseKinds);
        using var reader = command.ExecuteReader();
        var scores = new List<(long, double, double)>();
        while (reader.Read())
            scores.Add((reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2)));
        return scores;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
