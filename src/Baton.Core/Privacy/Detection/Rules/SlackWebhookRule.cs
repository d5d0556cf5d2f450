using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Slack incoming-webhook URLs: whoever has the URL can post to the channel, so the whole URL is the secret
/// (<c>https://hooks.slack.com/services/T…/B…/…</c>).
/// </summary>
internal sealed class SlackWebhookRule : DetectionRule
{
    private const string Host = "hooks.slack.com/";
    private const string Scheme = "https://";

    public override string Id => "slack-webhook-url";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 100;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Literal(Host)];

    public override int Lookbehind => Scheme.Length;

    public override int Lookahead => Host.Length + 120;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var anchor = context.Anchor;
        var i = anchor + Host.Length;
        var kind = window[i..].StartsWith("services/", StringComparison.Ordinal) ? 9
            : window[i..].StartsWith("workflows/", StringComparison.Ordinal) ? 10 : 0;
        if (kind == 0)
            return;
        i += kind;
        // T<team>/B<bot or workflow>/<secret>
        for (var part = 0; part < 3; part++)
        {
            var length = TokenChars.RunLength(window, i, TokenChars.Alphanumeric);
            if (length < 8)
                return;
            i += length;
            if (part < 2)
            {
                if (i >= window.Length || window[i] != '/')
                    return;
                i++;
            }
        }

        var secretStart = window[..i].LastIndexOf('/') + 1;
        if (!Entropy.LooksRandom(window[secretStart..i]))
            return;
        var start = anchor >= Scheme.Length && window[(anchor - Scheme.Length)..anchor].SequenceEqual(Scheme) ? anchor - Scheme.Length : anchor;
        context.Report(start, i - start, Confidence.High);
    }
}
