using Baton.Privacy.Vault;

namespace Baton.Tests.Privacy;

public sealed class PseudonymPlaceholdersTests
{
    [Theory]
    [InlineData("ask <EMAIL_3> today", "EMAIL", 3, "<EMAIL_3>")]
    [InlineData("call <PHONE_NUMBER_12>.", "PHONE_NUMBER", 12, "<PHONE_NUMBER_12>")]
    [InlineData(@"ask \<EMAIL\_3\> today", "EMAIL", 3, @"\<EMAIL\_3\>")]
    [InlineData(@"call \<PHONE\_NUMBER\_12\>.", "PHONE_NUMBER", 12, @"\<PHONE\_NUMBER\_12\>")]
    public void Find_PlainOrMarkdownEscaped_GivesTheLabelNumberAndSpan(string text, string label, long number, string span)
    {
        var (start, length, placeholder) = Assert.Single(PseudonymPlaceholders.Find(text));

        Assert.Equal(label, placeholder.Label);
        Assert.Equal(number, placeholder.Number);
        Assert.Equal(span, text.Substring(start, length));
    }

    [Theory]
    [InlineData("<EMAIL_0>")]
    [InlineData("<email_3>")]
    [InlineData("<EMAIL3>")]
    [InlineData("EMAIL_3")]
    [InlineData(@"\<EMAIL\_3")]
    public void Find_NotAPlaceholder_FindsNothing(string text) => Assert.Empty(PseudonymPlaceholders.Find(text));

    [Fact]
    public void Find_LongRunOfNearMisses_FindsNothing()
    {
        var text = string.Concat(Enumerable.Repeat(@"\<A\_\_\_\_\_\_", 200_000));

        Assert.Empty(PseudonymPlaceholders.Find(text));
    }
}
