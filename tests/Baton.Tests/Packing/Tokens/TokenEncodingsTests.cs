using Baton.Packing.Tokens;

namespace Baton.Tests.Packing.Tokens;

public sealed class TokenEncodingsTests
{
    [Theory]
    [InlineData("o200k_base", TokenEncoding.O200kBase)]
    [InlineData(" CL100K_BASE ", TokenEncoding.Cl100kBase)]
    public void Parse_KnownName_Encoding(string name, TokenEncoding expected) =>
        Assert.Equal(expected, TokenEncodings.Parse(name));

    [Fact]
    public void Parse_UnknownName_ListsTheKnownOnes()
    {
        var error = Assert.Throws<BatonException>(() => TiktokenCounter.For("p50k_base"));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.Contains("'p50k_base'", error.Message, StringComparison.Ordinal);
        Assert.Contains("o200k_base, cl100k_base", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsO200kBase() => Assert.Equal("o200k_base", TokenEncodings.Default.Name());
}
