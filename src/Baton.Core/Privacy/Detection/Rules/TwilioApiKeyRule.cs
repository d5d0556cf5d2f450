using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>Twilio API key SIDs: <c>SK</c> and 32 lower-case hex digits (the key's secret travels with it).</summary>
internal sealed class TwilioApiKeyRule : PrefixedTokenRule
{
    public override string Id => "twilio-api-key";

    protected override IReadOnlyList<string> Prefixes { get; } = ["SK"];

    protected override SearchValues<char> BodyChars => TokenChars.Alphanumeric;

    protected override int MinBody => 32;

    protected override int MaxBody => 32;

    protected override bool IsValid(string prefix, ReadOnlySpan<char> body) =>
        !body.ContainsAnyExcept(TokenChars.LowerHex) && Entropy.LooksRandom(body);
}
