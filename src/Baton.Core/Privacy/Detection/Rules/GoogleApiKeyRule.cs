using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>Google API keys (Maps, Firebase, Cloud): <c>AIza</c> and 35 base64url characters.</summary>
internal sealed class GoogleApiKeyRule : PrefixedTokenRule
{
    public override string Id => "google-api-key";

    protected override IReadOnlyList<string> Prefixes { get; } = ["AIza"];

    protected override SearchValues<char> BodyChars => TokenChars.Base64Url;

    protected override SearchValues<char> LeftBoundary => TokenChars.Base64Url;

    protected override int MinBody => 35;

    protected override int MaxBody => 35;
}
