using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Slack bot, user, app, refresh and configuration tokens: <c>xoxb-</c> and friends, then dash-separated parts that
/// start with a numeric id and end with a random secret (<c>xoxb-123-456-AbC…</c>).
/// </summary>
internal sealed class SlackTokenRule : PrefixedTokenRule
{
    private static readonly SearchValues<char> Body = SearchValues.Create(TokenChars.DigitChars + TokenChars.UpperChars + TokenChars.LowerChars + "-");

    public override string Id => "slack-token";

    protected override IReadOnlyList<string> Prefixes { get; } =
        ["xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xoxs-", "xoxe-", "xoxe.xoxp-", "xoxe.xoxb-", "xapp-"];

    protected override IReadOnlyList<string> AnchorStems { get; } = ["xox", "xapp-"];

    protected override SearchValues<char> BodyChars => Body;

    protected override int MinBody => 20;

    protected override int MaxBody => 250;

    protected override bool IsValid(string prefix, ReadOnlySpan<char> body)
    {
        var firstDash = body.IndexOf('-');
        var lastDash = body.LastIndexOf('-');
        if (firstDash <= 0 || lastDash == body.Length - 1)
            return false;
        var first = body[..firstDash];
        var secret = body[(lastDash + 1)..];
        return !first.ContainsAnyExcept(TokenChars.Digits) && secret.Length >= 10 && Entropy.LooksRandom(secret);
    }
}
