using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// OpenAI API keys. Every format carries <c>T3BlbkFJ</c> (base64 of "OpenAI") in the middle: the legacy
/// <c>sk-…T3BlbkFJ…</c> and the project, service-account and admin keys (<c>sk-proj-</c>, <c>sk-svcacct-</c>, <c>sk-admin-</c>).
/// </summary>
internal sealed class OpenAiKeyRule : PrefixedTokenRule
{
    public override string Id => "openai-api-key";

    protected override IReadOnlyList<string> Prefixes { get; } = ["sk-"];

    protected override SearchValues<char> BodyChars => TokenChars.Base64Url;

    protected override int MinBody => 40;

    protected override int MaxBody => 250;

    protected override bool IsValid(string prefix, ReadOnlySpan<char> body) =>
        !body.StartsWith("ant-", StringComparison.Ordinal)
        && body.Contains("T3BlbkFJ", StringComparison.Ordinal)
        && Entropy.LooksRandom(body[(body.IndexOf("T3BlbkFJ", StringComparison.Ordinal) + 8)..]);
}
