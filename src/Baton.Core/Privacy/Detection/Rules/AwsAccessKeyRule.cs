using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// AWS access key ids (<c>AKIA</c> long-term, <c>ASIA</c> temporary, <c>ABIA</c>, <c>ACCA</c>; 16 base32 characters
/// after the prefix), and the secret access key written near one: a 40-character base64 token within
/// <see cref="Nearby"/> characters, on the id's line or on a line naming a secret, reported as <c>aws-secret-access-key</c>.
/// </summary>
internal sealed class AwsAccessKeyRule : DetectionRule
{
    public const string SecretRuleId = "aws-secret-access-key";
    private const int Nearby = 400;

    public override string Id => "aws-access-key-id";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 100;

    public override IReadOnlyList<Anchor> Anchors { get; } =
        [Anchor.Literal("AKIA"), Anchor.Literal("ASIA"), Anchor.Literal("ABIA"), Anchor.Literal("ACCA")];

    public override int Lookbehind => Nearby;

    public override int Lookahead => 20 + Nearby;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var anchor = context.Anchor;
        if (!TokenChars.StartsFree(window, anchor, TokenChars.Alphanumeric)
            || TokenChars.RunLength(window, anchor + 4, TokenChars.Base32Upper) != 16
            || !TokenChars.EndsFree(window, anchor + 20, TokenChars.Alphanumeric))
            return;
        var id = window.Slice(anchor, 20);
        if (ExampleValues.IsExample(id) || !Entropy.LooksRandom(id[4..], maxRun: 3))
            return;
        context.Report(anchor, 20, Confidence.High);
        ReportSecretNearby(ref context);
    }

    private static void ReportSecretNearby(ref RuleContext context)
    {
        var window = context.Window;
        var i = 0;
        while (i < window.Length)
        {
            var start = window[i..].IndexOfAny(TokenChars.Base64);
            if (start < 0)
                return;
            start += i;
            var length = TokenChars.RunLength(window, start, TokenChars.Base64);
            if (length == 40 && start > 0 && IsSecretKey(window.Slice(start, 40)) && NamedOrPaired(window, start, context.Anchor))
                context.Report(SecretRuleId, start, 40, Confidence.High);
            i = start + length + 1;
        }
    }

    /// <summary>
    /// Other 40-character base64 values (signatures, digests) sit near key ids too, so the secret must be on the id's
    /// own line (the console's credentials.csv) or on a line that names a secret or AWS.
    /// </summary>
    private static bool NamedOrPaired(ReadOnlySpan<char> window, int start, int anchor)
    {
        if (window[Math.Min(anchor, start)..Math.Max(anchor, start)].IndexOf('\n') < 0)
            return true;
        var lineStart = window[..start].LastIndexOf('\n') + 1;
        var before = window[lineStart..start];
        return before.Contains("secret", StringComparison.OrdinalIgnoreCase) || before.Contains("aws", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The shape of a secret access key: 40 base64 characters mixing cases and digits, random-looking.</summary>
    public static bool IsSecretKey(ReadOnlySpan<char> value) =>
        value.Length == 40 && TokenChars.HasClasses(value, 3) && Entropy.Of(value) >= 4.0
        && Entropy.LooksRandom(value) && !ExampleValues.IsExample(value) && !ValueShapes.IsHexDigest(value);
}
