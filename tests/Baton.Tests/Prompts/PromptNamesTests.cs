using Baton.Prompts;

namespace Baton.Tests.Prompts;

public sealed class PromptNamesTests
{
    [Theory]
    [InlineData("review-endpoint", true)]
    [InlineData("v2.summarise_diff", true)]
    [InlineData("7-steps", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("Review", false)]
    [InlineData("-review", false)]
    [InlineData(".hidden", false)]
    [InlineData("review endpoint", false)]
    [InlineData("review/endpoint", false)]
    [InlineData("revïew", false)]
    public void IsValidName_Rules(string name, bool valid) => Assert.Equal(valid, PromptNames.IsValidName(name));

    [Fact]
    public void IsValidName_LengthLimit_64()
    {
        Assert.True(PromptNames.IsValidName(new string('a', 64)));
        Assert.False(PromptNames.IsValidName(new string('a', 65)));
    }

    [Theory]
    [InlineData("production", true)]
    [InlineData("canary-2", true)]
    [InlineData("2", false)]
    [InlineData("2nd", false)]
    [InlineData("Prod", false)]
    [InlineData("prod!", false)]
    public void IsValidLabel_StartsWithALetter(string label, bool valid) => Assert.Equal(valid, PromptNames.IsValidLabel(label));

    [Fact]
    public void CheckSettableLabel_Latest_ThrowsSayingItIsImplicit()
    {
        var error = Assert.Throws<BatonException>(() => PromptNames.CheckSettableLabel("latest"));

        Assert.StartsWith("'latest' always points at the newest version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckName_Invalid_ThrowsWithTheRule()
    {
        var error = Assert.Throws<BatonException>(() => PromptNames.CheckName("Review Endpoint"));

        Assert.Equal("'Review Endpoint' is not a valid prompt name; use 1–64 lower-case letters, digits and . _ - starting with a letter or digit, for example review-endpoint", error.Message);
    }
}
