using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Stripe secret and restricted keys, live and test, and webhook signing secrets. Publishable keys (<c>pk_</c>) are
/// meant to be public and are not findings. Test-mode keys reach only test data, so they are reported with medium confidence.
/// </summary>
internal sealed class StripeKeyRule : PrefixedTokenRule
{
    public override string Id => "stripe-key";

    protected override IReadOnlyList<string> Prefixes { get; } = ["sk_live_", "rk_live_", "sk_test_", "rk_test_", "whsec_"];

    protected override SearchValues<char> BodyChars => TokenChars.Alphanumeric;

    protected override int MinBody => 24;

    protected override int MaxBody => 247;

    protected override Confidence ConfidenceOf(string prefix, ReadOnlySpan<char> body) =>
        prefix.Contains("_test_", StringComparison.Ordinal) ? Confidence.Medium : Confidence.High;
}
