using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// A credential written as a documented prefix and a body from a fixed alphabet (<c>ghp_…</c>, <c>AIza…</c>,
/// <c>npm_…</c>). The token must stand alone: no word character right before the prefix, and the body must end
/// where its alphabet ends, within its length limits. Subclasses add what their format can check.
/// </summary>
internal abstract class PrefixedTokenRule : DetectionRule
{
    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 100;

    public override IReadOnlyList<Anchor> Anchors => [.. AnchorStems.Select(Anchor.Literal)];

    public override int Lookahead => Prefixes.Max(p => p.Length) + MaxBody + 1;

    protected abstract IReadOnlyList<string> Prefixes { get; }

    /// <summary>
    /// The literals the engine searches for; by default the prefixes. Fewer, shorter stems (<c>xox</c> for ten Slack
    /// prefixes) keep the engine's multi-string search fast; the rule then checks the whole prefix itself.
    /// </summary>
    protected virtual IReadOnlyList<string> AnchorStems => Prefixes;

    protected abstract SearchValues<char> BodyChars { get; }

    protected abstract int MinBody { get; }

    protected abstract int MaxBody { get; }

    /// <summary>Characters that may not touch the token on the left; word characters by default.</summary>
    protected virtual SearchValues<char> LeftBoundary => TokenChars.Word;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var anchor = context.Anchor;
        if (!TokenChars.StartsFree(window, anchor, LeftBoundary))
            return;
        var prefix = LongestPrefixAt(window[anchor..]);
        if (prefix.Length == 0)
            return;
        var bodyStart = anchor + prefix.Length;
        var body = TrimBody(window.Slice(bodyStart, TokenChars.RunLength(window, bodyStart, BodyChars)));
        if (body.Length < MinBody || body.Length > MaxBody)
            return;
        var token = window.Slice(anchor, prefix.Length + body.Length);
        if (ExampleValues.IsExample(token) || !IsValid(prefix, body))
            return;
        context.Report(anchor, token.Length, ConfidenceOf(prefix, body));
    }

    /// <summary>Whether the body is a real token; by default, that it looks random rather than typed.</summary>
    protected virtual bool IsValid(string prefix, ReadOnlySpan<char> body) => Entropy.LooksRandom(body);

    protected virtual Confidence ConfidenceOf(string prefix, ReadOnlySpan<char> body) => Confidence.High;

    /// <summary>Drops characters a sentence may put after a token (a trailing dot) when the alphabet allows them.</summary>
    protected virtual ReadOnlySpan<char> TrimBody(ReadOnlySpan<char> body) => body;

    private string LongestPrefixAt(ReadOnlySpan<char> text)
    {
        var best = "";
        foreach (var prefix in Prefixes)
        {
            if (prefix.Length > best.Length && text.StartsWith(prefix, StringComparison.Ordinal))
                best = prefix;
        }

        return best;
    }
}
