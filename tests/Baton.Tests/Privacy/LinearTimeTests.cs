using System.Text;
using Baton.Privacy;
using Baton.Privacy.Detection;

namespace Baton.Tests.Privacy;

/// <summary>
/// No catastrophic backtracking: for every rule, inputs built from near-matches of its anchors cost about twice as
/// much work when they are twice as long. Work is what the engine counts (characters walked by the anchor passes
/// plus every window handed to a rule), not time, so the test cannot flake on a busy machine.
/// </summary>
public sealed class LinearTimeTests
{
    private const int Size = 128 * 1024;

    public static TheoryData<string, string> AdversarialSeeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in PrivacyRules.All)
        {
            foreach (var anchor in rule.Anchors)
            {
                var text = anchor.Kind == AnchorKind.DigitRun ? "4" : anchor.Text;
                // The anchor back to back, the anchor followed by an endless body, and near-miss shapes around it.
                data.Add(rule.Id, text);
                data.Add(rule.Id, text + new string('a', 300));
                data.Add(rule.Id, text + "=" + new string('Z', 40) + " ");
                data.Add(rule.Id, text + "-1.");
            }
        }

        foreach (var shape in new[]
        {
            "1", "1 ", "1-", "1.", "+1 ", "(1) ", "12.34.56.", "123-45-", "4532 0151 ", "DE62 3704 ", "a@", "a.b@c.", "@a.",
            ":", "a:", "2001:", "ff::", "password=", "password: '", "token=\"x", "://", "a://b:c@", "-----BEGIN PRIVATE KEY-----\n",
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "eyJhbGciOiJIUzI1NiJ9.", "eyJ", "AKIAQ7Z3LMXW5RB2KD4N ", "baton:allow=",
            "dana.ortiz@acme-corp.io ", "81.2.69.142 ",
        })
        {
            data.Add("shape", shape);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AdversarialSeeds))]
    public void Scan_DoubledAdversarialInput_DoublesTheWork(string rule, string seed)
    {
        _ = rule;
        var small = Repeat(seed, Size);
        var large = Repeat(seed, 2 * Size);

        var smallWork = PrivacyScanner.Default.Scan(small).CharsExamined;
        var largeWork = PrivacyScanner.Default.Scan(large).CharsExamined;

        var ratio = (double)largeWork / smallWork;
        Assert.InRange(ratio, 1.8, 2.2);
        // A bounded constant per character, whatever the input: the windows are bounded.
        Assert.True(largeWork / large.Length < 40_000, $"{largeWork / large.Length} characters examined per character of input");
    }

    private static string Repeat(string seed, int length)
    {
        var text = new StringBuilder(length + seed.Length);
        while (text.Length < length)
            text.Append(seed);
        return text.ToString(0, length);
    }
}
