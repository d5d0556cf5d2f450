using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Twilio auth tokens: 32 lower-case hex digits, which alone look like any MD5 digest, so they count only near the
/// word "twilio" and an account SID (<c>AC</c> + 32 hex digits, an identifier, not reported), after a word naming a token.
/// </summary>
internal sealed class TwilioAuthTokenRule : DetectionRule
{
    public override string Id => "twilio-auth-token";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 100;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Keyword("twilio")];

    public override int Lookbehind => TwilioNearby.Distance;

    public override int Lookahead => TwilioNearby.Distance;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        if (TwilioNearby.HexTokens(window, "AC").Count == 0)
            return;
        foreach (var (start, length) in TwilioNearby.HexTokens(window, ""))
        {
            if (NamedAsToken(window[Math.Max(0, start - 40)..start]))
                context.Report(start, length, Confidence.High);
        }
    }

    private static bool NamedAsToken(ReadOnlySpan<char> before) =>
        before.Contains("token", StringComparison.OrdinalIgnoreCase) || before.Contains("auth", StringComparison.OrdinalIgnoreCase)
        || before.Contains("secret", StringComparison.OrdinalIgnoreCase);
}
