using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// AWS secret access keys assigned to a key that names them (<c>aws_secret_access_key = …</c>,
/// <c>"SecretAccessKey": "…"</c>), for when no access key id is written nearby.
/// </summary>
internal sealed class AwsSecretKeyRule : DetectionRule
{
    public override string Id => AwsAccessKeyRule.SecretRuleId;

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 100;

    public override IReadOnlyList<Anchor> Anchors { get; } =
        [Anchor.Keyword("secret_access_key"), Anchor.Keyword("secretaccesskey"), Anchor.Keyword("aws_secret_key"), Anchor.Keyword("secret-access-key")];

    public override int Lookbehind => Assignment.MaxKey;

    public override int Lookahead => Assignment.MaxKey + Assignment.MaxValue + 8;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        if (!Assignment.TryKeyAround(window, context.AtTextStart, context.Anchor, out _, out var keyEnd)
            || !Assignment.TryValueAfter(window, keyEnd, out var start, out var length, out _))
            return;
        if (length == 40 && AwsAccessKeyRule.IsSecretKey(window.Slice(start, length)))
            context.Report(start, length, Confidence.High);
    }
}
