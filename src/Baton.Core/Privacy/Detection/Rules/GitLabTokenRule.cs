using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// GitLab's prefixed tokens (personal, deploy, runner, pipeline trigger, OAuth application, feed, …). Newer
/// "routable" tokens add dot-separated parts, so the alphabet includes dots; a dot that ends a sentence is dropped.
/// </summary>
internal sealed class GitLabTokenRule : PrefixedTokenRule
{
    private static readonly SearchValues<char> Body = SearchValues.Create(TokenChars.DigitChars + TokenChars.UpperChars + TokenChars.LowerChars + "_-.");

    public override string Id => "gitlab-token";

    protected override IReadOnlyList<string> Prefixes { get; } =
        ["glpat-", "gldt-", "glrt-", "glrtr-", "glptt-", "glsoat-", "glcbt-", "glffct-", "glimt-", "glagent-", "gloas-", "GR1348941"];

    protected override SearchValues<char> BodyChars => Body;

    protected override int MinBody => 20;

    protected override int MaxBody => 300;

    protected override ReadOnlySpan<char> TrimBody(ReadOnlySpan<char> body) => body.TrimEnd('.');

    protected override bool IsValid(string prefix, ReadOnlySpan<char> body)
    {
        var random = body;
        var dot = body.IndexOf('.');
        if (dot >= 0)
            random = body[..dot];
        return random.Length >= 20 && Entropy.LooksRandom(random);
    }
}
