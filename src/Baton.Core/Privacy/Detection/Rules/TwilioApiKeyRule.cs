using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Twilio API key SIDs: <c>SK</c> and 32 lower-case hex digits, within <see cref="TwilioNearby.Distance"/> characters
/// of the word "twilio". <c>SK</c> alone is too common a pair of capitals (MASK, DESK) to anchor a fast scan, so
/// like other scanners (trufflehog's keyword prefilter) the vendor's name is the anchor.
/// </summary>
internal sealed class TwilioApiKeyRule : DetectionRule
{
    public override string Id => "twilio-api-key";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 100;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Keyword("twilio")];

    public override int Lookbehind => TwilioNearby.Distance;

    public override int Lookahead => TwilioNearby.Distance;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        foreach (var (start, length) in TwilioNearby.HexTokens(window, "SK"))
            context.Report(start, length, Confidence.High);
    }
}
