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
        Assert.Matches(@"^owner: \[HASH:[0-9a-f]{16}:email\]\n", first);
        Assert.Throws<ArgumentException>(() => new KeyedHashOperator(new byte[8]));
    }

    [Fact]
    public void OperatorOutput_IsNeverItselfAFinding()
    {
        // A boundary rescans what it wrote and fails closed on any finding; a replacement that read as a secret (a hash
        // after `github-token:`) would stop outflows. Deterministic keys, every rule id, in the contexts a value sits in.
        var random = new Random(20261125);
        var rules = Baton.Privacy.Detection.PrivacyRules.All.Select(r => r.Id).ToList();
        var key = new byte[32];
        for (var round = 0; round < 300; round++)
        {
            random.NextBytes(key);
            IValueOperator[] operators = [new KeyedHashOperator(key), new PseudonymOperator(), RedactOperator.Instance];
            foreach (var (rule, op) in rules.SelectMany(r => operators.Select(o => (r, o))))
            {
                var replaced = op.Replace(new Finding(rule, FindingKind.Secret, 0, 1, 1, 1, 1, Confidence.High, "0"), "value" + round);
                var text = $"{replaced}\nexport API_TOKEN={replaced}\n\"password\": \"{replaced}\"\n";
                var found = PrivacyScanner.Default.Scan(text).Findings;
                Assert.True(found.Count == 0, string.Join("; ", found.Select(f => $"{f.RuleId} '{text.Substring((int)f.Offset, f.Length)}'")));
            }
        }
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
