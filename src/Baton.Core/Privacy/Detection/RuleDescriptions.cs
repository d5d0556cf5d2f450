namespace Baton.Privacy.Detection;

/// <summary>
/// What each rule id means, for people reading a report: a short name and a line of help on what to do. Ordered as
/// the rules are (secrets first); reports such as SARIF list every rule in this order.
/// </summary>
internal static class RuleDescriptions
{
    private const string RotateSecret = "Revoke or rotate it at its issuer, then remove it from the file (and from git history if it was committed); load it from the environment or a secret store instead.";
    private const string PersonalData = "Remove it or replace it with a placeholder if it does not belong in the repository; if it is fake or public, allow it with `baton:allow` on the line or a baseline entry.";

    public static IReadOnlyList<(string Id, string Name, string Help)> All { get; } =
    [
        ("aws-access-key-id", "AWS access key id", "An AWS access key id (AKIA…, ASIA…). " + RotateSecret),
        ("aws-secret-access-key", "AWS secret access key", "The secret half of an AWS access key. " + RotateSecret),
        ("github-token", "GitHub token", "A GitHub personal access, OAuth, user-to-server, server-to-server or refresh token (checksum verified). " + RotateSecret),
        ("github-fine-grained-token", "GitHub fine-grained token", "A GitHub fine-grained personal access token (github_pat_…). " + RotateSecret),
        ("gitlab-token", "GitLab token", "A GitLab personal, deploy, runner or other token (glpat-…). " + RotateSecret),
        ("slack-token", "Slack token", "A Slack bot, user, app or configuration token (xox…-). " + RotateSecret),
        ("slack-webhook-url", "Slack webhook URL", "A Slack incoming webhook URL: anyone holding it can post to the channel. " + RotateSecret),
        ("stripe-key", "Stripe secret key", "A Stripe secret or restricted key, or a webhook signing secret. " + RotateSecret),
        ("openai-api-key", "OpenAI API key", "An OpenAI API key (sk-…). " + RotateSecret),
        ("anthropic-api-key", "Anthropic API key", "An Anthropic API or admin key (sk-ant-…). " + RotateSecret),
        ("google-api-key", "Google API key", "A Google API key (AIza…). " + RotateSecret),
        ("npm-token", "npm token", "An npm access token (npm_…, checksum verified) or a legacy _authToken. " + RotateSecret),
        ("pypi-token", "PyPI token", "A PyPI or TestPyPI upload token (pypi-…). " + RotateSecret),
        ("sendgrid-api-key", "SendGrid API key", "A SendGrid API key (SG.…). " + RotateSecret),
        ("twilio-api-key", "Twilio API key", "A Twilio API key sid (SK…) near a mention of Twilio. " + RotateSecret),
        ("twilio-auth-token", "Twilio auth token", "A Twilio auth token next to an account sid. " + RotateSecret),
        ("azure-storage-key", "Azure storage key", "An Azure storage account key or shared access key in a connection string. " + RotateSecret),
        ("private-key", "Private key", "A PEM, OpenSSH or PGP private key block. " + RotateSecret),
        ("jwt", "JSON Web Token", "A signed JSON Web Token: it may grant access until it expires. " + RotateSecret),
        ("url-password", "Password in a URL", "A password written into a URL (scheme://user:password@host). " + RotateSecret),
        ("generic-secret", "Secret assigned to a variable", "A random-looking value assigned to a key named like a secret (password, token, api_key…). " + RotateSecret),
        ("email", "Email address", "A personal email address. " + PersonalData),
        ("phone-number", "Phone number", "A valid phone number. " + PersonalData),
        ("payment-card", "Payment card number", "A payment card number (issuer range, length and Luhn checked). " + PersonalData),
        ("iban", "Bank account number (IBAN)", "An international bank account number (mod-97 checked). " + PersonalData),
        ("ip-address", "Public IP address", "A public IPv4 or global IPv6 address. " + PersonalData),
        ("us-ssn", "US Social Security number", "A US Social Security number. " + PersonalData),
    ];

    private static readonly Dictionary<string, (string Name, string Help)> ById = All.ToDictionary(r => r.Id, r => (r.Name, r.Help), StringComparer.Ordinal);

    public static string NameOf(string ruleId) => ById.TryGetValue(ruleId, out var d) ? d.Name : ruleId;

    public static string HelpOf(string ruleId) => ById.TryGetValue(ruleId, out var d) ? d.Help : "";
}
