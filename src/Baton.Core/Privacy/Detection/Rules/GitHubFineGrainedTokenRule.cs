using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>GitHub's fine-grained personal access tokens: <c>github_pat_</c>, 22 base62 characters, <c>_</c>, 59 more.</summary>
internal sealed class GitHubFineGrainedTokenRule : PrefixedTokenRule
{
    private static readonly SearchValues<char> Body = SearchValues.Create(TokenChars.DigitChars + TokenChars.UpperChars + TokenChars.LowerChars + "_");

    public override string Id => "github-fine-grained-token";

    protected override IReadOnlyList<string> Prefixes { get; } = ["github_pat_"];

    protected override SearchValues<char> BodyChars => Body;

    protected override int MinBody => 82;

    protected override int MaxBody => 82;

    protected override bool IsValid(string prefix, ReadOnlySpan<char> body) =>
        body[22] == '_' && body[..22].IndexOf('_') < 0 && body[23..].IndexOf('_') < 0
        && Entropy.LooksRandom(body[..22]) && Entropy.LooksRandom(body[23..]);
}
