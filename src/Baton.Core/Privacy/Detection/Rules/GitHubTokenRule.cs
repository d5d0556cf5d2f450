using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// GitHub's classic tokens (personal, OAuth, user-to-server, server-to-server, refresh): a prefix, 30 random base62
/// characters and a 6-character CRC-32 checksum of them. A token whose checksum does not match is not one GitHub issued.
/// </summary>
internal sealed class GitHubTokenRule : PrefixedTokenRule
{
    public override string Id => "github-token";

    protected override IReadOnlyList<string> Prefixes { get; } = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"];

    protected override SearchValues<char> BodyChars => TokenChars.Alphanumeric;

    protected override int MinBody => 36;

    protected override int MaxBody => 36;

    protected override bool IsValid(string prefix, ReadOnlySpan<char> body) =>
        Base62Checksum.IsValid(body[..30], body[30..]);
}
