using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Twilio auth tokens: 32 lower-case hex digits, which alone look like any MD5 digest, so they count only near an
/// account SID (<c>AC</c> + 32 hex digits, itself an identifier and not reported) and after a word naming a token.
/// </summary>
internal sealed class TwilioAuthTokenRule : DetectionRule
{
    private const int Nearby = 300;

    public override string Id => "twilio-auth-token";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 100;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Literal("AC")];

    public override int Lookbehind => Nearby;

    public override int Lookahead => 34 + Nearby;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var anchor = context.Anchor;
        if (!TokenChars.StartsFree(window, anchor, TokenChars.Alphanumeric)
            || TokenChars.RunLength(window, anchor + 2, TokenChars.LowerHex) != 32
            || !TokenChars.EndsFree(window, anchor + 34, TokenChars.Alphanumeric))
            return;
        var i = 0;
        while (i < window.Length)
        {
            var start = window[i..].IndexOfAny(TokenChars.Alphanumeric);
            if (start < 0)
                return;
            start += i;
            var length = TokenChars.RunLength(window, start, TokenChars.Alphanumeric);
            var token = window.Slice(start, length);
            if (length == 32 && start != anchor + 2 && !token.ContainsAnyExcept(TokenChars.LowerHex)
                && Entropy.LooksRandom(token) && NamedAsToken(window[Math.Max(0, start - 40)..start]))
                context.Report(start, 32, Confidence.High);
            i = start + length + 1;
        }
    }

    private static bool NamedAsToken(ReadOnlySpan<char> before) =>
        before.Contains("token", StringComparison.OrdinalIgnoreCase) || before.Contains("auth", StringComparison.OrdinalIgnoreCase)
        || before.Contains("secret", StringComparison.OrdinalIgnoreCase);
}
