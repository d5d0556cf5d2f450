using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// npm access tokens: <c>npm_</c>, 30 random base62 characters and a CRC-32 checksum (GitHub's scheme), and the
/// legacy UUID tokens, which only count where an <c>.npmrc</c> assigns them to <c>_authToken</c>.
/// </summary>
internal sealed class NpmTokenRule : DetectionRule
{
    private const string AuthToken = "_authToken=";

    public override string Id => "npm-token";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 100;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Literal("npm_"), Anchor.Literal(AuthToken)];

    public override int Lookahead => AuthToken.Length + 3 + 64;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var anchor = context.Anchor;
        if (window[anchor..].StartsWith(AuthToken, StringComparison.Ordinal))
        {
            MatchAuthToken(ref context, anchor + AuthToken.Length);
            return;
        }

        if (!TokenChars.StartsFree(window, anchor, TokenChars.Word))
            return;
        var bodyStart = anchor + 4;
        var length = TokenChars.RunLength(window, bodyStart, TokenChars.Alphanumeric);
        if (length != 36)
            return;
        var body = window.Slice(bodyStart, 36);
        if (Base62Checksum.IsValid(body[..30], body[30..]))
            context.Report(anchor, 40, Confidence.High);
    }

    private static void MatchAuthToken(ref RuleContext context, int start)
    {
        var window = context.Window;
        var quoted = start < window.Length && window[start] == '"';
        if (quoted)
            start++;
        var length = TokenChars.RunLength(window, start, TokenChars.TokenBody);
        var value = window.Slice(start, length);
        if (value.StartsWith("npm_", StringComparison.Ordinal))
            return; // the npm_ anchor reports it with its checksum checked
        if (ValueShapes.IsUuid(value))
            context.Report(start, length, Confidence.High);
        else if (length >= 20 && !Placeholders.IsPlaceholder(value) && Entropy.LooksRandom(value))
            context.Report(start, length, Confidence.Medium);
    }
}
