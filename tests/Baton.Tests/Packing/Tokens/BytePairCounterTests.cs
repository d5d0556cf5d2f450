using Baton.Packing.Tokens;

namespace Baton.Tests.Packing.Tokens;

public sealed class BytePairCounterTests
{
    public static TheoryData<string> Encodings => ["o200k_base", "cl100k_base"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void CountByHeap_RandomPieces_MergesLikeTheScan(string encoding)
    {
        var vocabulary = TiktokenCounter.For(encoding).Vocabulary;
        var random = new Random(20240513);
        var alphabets = new[] { "ab", "abc ", "etaoinshrdlu", "0123456789", "=-/*", "aaaa" };

        for (var i = 0; i < 400; i++)
        {
            var alphabet = alphabets[i % alphabets.Length];
            var piece = new byte[2 + random.Next(300)];
            for (var j = 0; j < piece.Length; j++)
                piece[j] = i % 7 == 6 ? (byte)random.Next(256) : (byte)alphabet[random.Next(alphabet.Length)];

            Assert.Equal(BytePairCounter.CountByScan(vocabulary, piece), BytePairCounter.CountByHeap(vocabulary, piece));
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Count_TokenBytes_OneToken(string encoding)
    {
        var vocabulary = TiktokenCounter.For(encoding).Vocabulary;

        var counts = Enumerable.Range(0, vocabulary.Count).Where(r => r % 97 == 0)
            .Select(r => BytePairCounter.Count(vocabulary, vocabulary.TokenBytes(r))).Distinct().ToList();

        Assert.Equal([1], counts);
    }
}
