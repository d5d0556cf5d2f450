using Baton.Packing.Tokens;

namespace Baton.Tests.Packing.Tokens;

public sealed class BpeVocabularyTests
{
    [Theory]
    [InlineData("o200k_base", 199_998)]
    [InlineData("cl100k_base", 100_256)]
    public void Load_DataPackage_EveryTokenFindsItsRank(string encoding, int size)
    {
        var vocabulary = TiktokenCounter.For(encoding).Vocabulary;

        var wrong = Enumerable.Range(0, vocabulary.Count).Where(r => vocabulary.Rank(vocabulary.TokenBytes(r)) != r).ToList();

        Assert.Equal(size, vocabulary.Count);
        Assert.Empty(wrong);
    }

    [Fact]
    public void Rank_NotAToken_NoRank()
    {
        var vocabulary = TiktokenCounter.For(TokenEncoding.O200kBase).Vocabulary;

        Assert.Equal(BpeVocabulary.NoRank, vocabulary.Rank("zqxjzqxjzqxj"u8));
        Assert.Equal(BpeVocabulary.NoRank, vocabulary.Rank([]));
    }

    [Fact]
    public void Parse_LineNotBase64_Throws()
    {
        var error = Assert.Throws<InvalidDataException>(() => BpeVocabulary.Parse("Capacity: 2\nIQ==\n***\n"u8));

        Assert.Contains("not base64", error.Message, StringComparison.Ordinal);
    }
}
