using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>SendGrid API keys: <c>SG.</c>, a 22-character key id, a dot, and a 43-character secret (base64url).</summary>
internal sealed class SendGridKeyRule : PrefixedTokenRule
{
    private static readonly SearchValues<char> Body = SearchValues.Create(TokenChars.DigitChars + TokenChars.UpperChars + TokenChars.LowerChars + "-_.");

    public override string Id => "sendgrid-api-key";

    protected override IReadOnlyList<string> Prefixes { get; } = ["SG."];

    protected override SearchValues<char> BodyChars => Body;

    protected override int MinBody => 66;

    protected override int MaxBody => 66;

    protected override bool IsValid(string prefix, ReadOnlySpan<char> body) =>
        body[22] == '.' && body[..22].IndexOf('.') < 0 && body[23..].IndexOf('.') < 0 && Entropy.LooksRandom(body[23..]);
}
