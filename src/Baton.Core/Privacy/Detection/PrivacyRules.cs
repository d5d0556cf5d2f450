using Baton.Privacy.Detection.Rules;

namespace Baton.Privacy.Detection;

/// <summary>Every built-in rule, secrets first. Rule ids are stable: baselines, allow markers and reports name them.</summary>
internal static class PrivacyRules
{
    public static IReadOnlyList<DetectionRule> All { get; } =
    [
        new AwsAccessKeyRule(),
        new AwsSecretKeyRule(),
        new GitHubTokenRule(),
        new GitHubFineGrainedTokenRule(),
        new GitLabTokenRule(),
        new SlackTokenRule(),
        new SlackWebhookRule(),
        new StripeKeyRule(),
        new OpenAiKeyRule(),
        new AnthropicKeyRule(),
        new GoogleApiKeyRule(),
        new NpmTokenRule(),
        new PyPiTokenRule(),
        new SendGridKeyRule(),
        new TwilioApiKeyRule(),
        new TwilioAuthTokenRule(),
        new AzureStorageKeyRule(),
        new PrivateKeyRule(),
        new JwtRule(),
        new UrlPasswordRule(),
        new GenericSecretRule(),
        new EmailRule(),
        new PhoneNumberRule(),
        new PaymentCardRule(),
        new IbanRule(),
        new IpAddressRule(),
        new UsSsnRule(),
    ];

    /// <summary>Every id a finding can carry (a rule may report under a sibling id, as the AWS key id rule does for secret keys).</summary>
    public static IReadOnlySet<string> Ids { get; } = All.Select(r => r.Id).Append(Rules.AwsAccessKeyRule.SecretRuleId).ToHashSet(StringComparer.Ordinal);
}
