using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>Anthropic API and admin keys: <c>sk-ant-</c>, a kind and version (<c>api03-</c>, <c>admin01-</c>), then about 95 base64url characters.</summary>
internal sealed class AnthropicKeyRule : PrefixedTokenRule
{
    public override string Id => "anthropic-api-key";

    protected override IReadOnlyList<string> Prefixes { get; } = ["sk-ant-"];

    /// <summary>Shared with the OpenAI rule: one anchor, two rules.</summary>
    protected override IReadOnlyList<string> AnchorStems { get; } = ["sk-"];

    protected override SearchValues<char> BodyChars => TokenChars.Base64Url;

    protected override int MinBody => 80;

    protected override int MaxBody => 160;

    protected override bool IsValid(string prefix, ReadOnlySpan<char> body)
    {
        var dash = body.IndexOf('-');
        if (dash is < 4 or > 10)
            return false;
        var kind = body[..dash];
        var letters = kind.IndexOfAnyExcept(TokenChars.Lower);
        return letters > 0 && !kind[letters..].ContainsAnyExcept(TokenChars.Digits) && Entropy.LooksRandom(body[(dash + 1)..]);
    }
}
