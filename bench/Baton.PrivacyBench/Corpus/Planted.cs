namespace Baton.PrivacyBench.Corpus;

/// <summary>A value to plant: the rule that should find it, the key it is usually written under, and the value.</summary>
internal sealed record Planted(string Rule, string Key, string Value)
{
    /// <summary>Draws one planted value of any covered format, weighted so that every rule gets enough samples.</summary>
    public static Planted Draw(Fakes fakes) => fakes.Next(27) switch
    {
        0 => new("aws-access-key-id", "AWS_ACCESS_KEY_ID", fakes.AwsAccessKeyId()),
        1 => new("aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", fakes.AwsSecretKey()),
        2 => new("github-token", fakes.Pick(["GITHUB_TOKEN", "gh_token", "token"]), fakes.GitHubToken()),
        3 => new("github-fine-grained-token", "GH_PAT", fakes.GitHubFineGrained()),
        4 => new("gitlab-token", "GITLAB_TOKEN", fakes.GitLabToken()),
        5 => new("slack-token", "SLACK_BOT_TOKEN", fakes.SlackToken()),
        6 => new("slack-webhook-url", "SLACK_WEBHOOK_URL", fakes.SlackWebhook()),
        7 => new("stripe-key", "STRIPE_SECRET_KEY", fakes.StripeKey()),
        8 => new("openai-api-key", "OPENAI_API_KEY", fakes.OpenAiKey()),
        9 => new("anthropic-api-key", "ANTHROPIC_API_KEY", fakes.AnthropicKey()),
        10 => new("google-api-key", fakes.Pick(["GOOGLE_MAPS_API_KEY", "firebaseApiKey", "key"]), fakes.GoogleApiKey()),
        11 => new("npm-token", "NPM_TOKEN", fakes.NpmToken()),
        12 => new("pypi-token", "PYPI_API_TOKEN", fakes.PyPiToken()),
        13 => new("sendgrid-api-key", "SENDGRID_API_KEY", fakes.SendGridKey()),
        14 => new("twilio-api-key", "TWILIO_API_KEY", fakes.TwilioApiKey()),
        15 => new("jwt", fakes.Pick(["id_token", "access_token", "SESSION_JWT"]), fakes.Jwt()),
        16 => new("url-password", "DATABASE_URL", ""),
        17 or 18 => new("generic-secret", fakes.Pick(["DB_PASSWORD", "password", "client_secret", "apiKey", "SMTP_PASS", "secret_key", "webhookSecret", "passphrase"]), fakes.GenericSecret()),
        19 or 20 => new("email", fakes.Pick(["email", "owner", "contact", "reply_to"]), fakes.Email()),
        21 => new("phone-number", fakes.Pick(["phone", "mobile", "tel"]), fakes.Phone()),
        22 => new("payment-card", fakes.Pick(["card_number", "pan", "cc"]), fakes.Card(grouped: fakes.Chance(0.5))),
        23 => new("iban", fakes.Pick(["iban", "account_iban", "payout_iban"]), fakes.Iban(grouped: fakes.Chance(0.5))),
        24 => new("ip-address", fakes.Pick(["client_ip", "remote_addr", "last_login_ip"]), fakes.Chance(0.75) ? fakes.PublicIpv4() : fakes.PublicIpv6()),
        25 => new("us-ssn", fakes.Pick(["ssn", "social_security_number", "tax_id"]), fakes.Ssn()),
        _ => new("twilio-auth-token", "TWILIO_AUTH_TOKEN", fakes.TwilioAuthToken()),
    };
}
