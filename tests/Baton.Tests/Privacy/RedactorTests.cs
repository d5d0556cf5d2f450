using System.Security.Cryptography;
using Baton.Privacy;
using Baton.Privacy.Operators;

namespace Baton.Tests.Privacy;

public sealed class RedactorTests
{
    private const string Text = "owner: dana.ortiz@acme-corp.io\ncard: 4532 0151 1283 0366\ntoken: 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\ncc: dana.ortiz@acme-corp.io, lee@globex.net\n";

    [Fact]
    public void Apply_Redact_ReplacesEachValueByItsRule()
    {
        var result = Apply(RedactOperator.Instance);

        Assert.Equal("owner: [REDACTED:email]\ncard: [REDACTED:payment-card]\ntoken: [REDACTED:github-token]\ncc: [REDACTED:email], [REDACTED:email]\n", result);
        Assert.Empty(PrivacyScanner.Default.Scan(result).Findings);
    }

    [Fact]
    public void Apply_Mask_KeepsSeparatorsAndTheLastFourOfLongValues()
    {
        var result = Apply(MaskOperator.Instance);

        Assert.Contains("card: **** **** **** 0366\n", result, StringComparison.Ordinal);
        Assert.Contains("owner: ****.*****@****-**rp.io\n", result, StringComparison.Ordinal);
        Assert.DoesNotContain("ghp_R7kL", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_KeyedHash_IsStablePerKeyAndDiffersAcrossKeys()
    {
        var key = RandomNumberGenerator.GetBytes(32);

        var first = Apply(new KeyedHashOperator(key));
        var again = Apply(new KeyedHashOperator(key));
        var other = Apply(new KeyedHashOperator(RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Matches(@"^owner: \[HASH:email:[0-9a-f]{16}\]\n", first);
        Assert.Throws<ArgumentException>(() => new KeyedHashOperator(new byte[8]));
    }

    [Fact]
    public void Apply_Pseudonyms_AreConsistentPerValueAndReversible()
    {
        var table = new PseudonymOperator();

        var result = Apply(table);
        var later = Redactor.Apply("reply to lee@globex.net", PrivacyScanner.Default.Scan("reply to lee@globex.net").Findings, table);

        Assert.Equal("owner: <EMAIL_1>\ncard: <PAYMENT_CARD_1>\ntoken: <GITHUB_TOKEN_1>\ncc: <EMAIL_1>, <EMAIL_2>\n", result);
        Assert.Equal("reply to <EMAIL_2>", later);
        Assert.True(table.TryResolve("<EMAIL_2>", out var value));
        Assert.Equal("lee@globex.net", value);
    }

    private static string Apply(IValueOperator valueOperator) =>
        Redactor.Apply(Text, PrivacyScanner.Default.Scan(Text).Findings, valueOperator);
}
