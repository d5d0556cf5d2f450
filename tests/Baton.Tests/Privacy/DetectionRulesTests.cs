using Baton.Privacy;

namespace Baton.Tests.Privacy;

/// <summary>Each rule on the formats it must find (with the exact value it must report) and on decoys it must not.</summary>
public sealed class DetectionRulesTests
{
    [Theory]
    // AWS: the id, and the secret key beside it; the secret key alone under a key that names it
    [InlineData("aws_access_key_id = AKIAQ7Z3LMXW5RB2KD4N", "aws-access-key-id", "AKIAQ7Z3LMXW5RB2KD4N")]
    [InlineData("export AWS_ACCESS_KEY_ID=ASIAY4K2PQ7WZN3M5TXB\nexport AWS_SECRET_ACCESS_KEY=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", "aws-secret-access-key", "u8Jk2Lm9Qp4Rs7Tv1Wx3Yz6Ab0Cd5Ef8Gh2Ij4Kl")]
    [InlineData("\"SecretAccessKey\": \"Zq8/Wm3Kp+Lr5Tn7Vb9Xc1Ds4Fg6Hj8Kl0Mn2Pq4\"", "aws-secret-access-key", "Zq8/Wm3Kp+Lr5Tn7Vb9Xc1Ds4Fg6Hj8Kl0Mn2Pq4")]
    // GitHub classic (checksum valid) and fine-grained
    [InlineData("token: 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", "github-token", "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")]
    [InlineData("GH=github_pat_11ABCDEFG0aB3cD5eF7gH9_iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR5sT7uV", "github-fine-grained-token", "github_pat_11ABCDEFG0aB3cD5eF7gH9_iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR5sT7uV")]
    [InlineData("CI_TOKEN=glpat-9Xq2Lm7Rt4Vw1Zb8Kc3N", "gitlab-token", "glpat-9Xq2Lm7Rt4Vw1Zb8Kc3N")]
    [InlineData("slack: xoxb-2048576123-4096123456789-Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7", "slack-token", "xoxb-2048576123-4096123456789-Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7")]
    [InlineData("url = \"https://hooks.slack.com/services/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\"", "slack-webhook-url", "https://hooks.slack.com/services/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")]
    [InlineData("stripe.api_key = 'sk_live_51Hx9Lm2Qr7Tv4Wz8Bc3Nd6Fg1'", "stripe-key", "sk_live_51Hx9Lm2Qr7Tv4Wz8Bc3Nd6Fg1")]
    [InlineData("OPENAI_API_KEY=sk-proj-Ab3Cd5Ef7Gh9Ij1Kl3Mn5T3BlbkFJOp7Qr9St1Uv3Wx5Yz7Ab9Cd1Ef", "openai-api-key", "sk-proj-Ab3Cd5Ef7Gh9Ij1Kl3Mn5T3BlbkFJOp7Qr9St1Uv3Wx5Yz7Ab9Cd1Ef")]
    [InlineData("key: sk-ant-api03-Xb7Kq2Lm9Rt4Vw1Zc8Nd3Pf6Gh0Jk5Ls2Mx7Qy4Rz9Ta1Ub6Vc3Wd8Xe5Yf0Zg7Ahi9Cj4Dk1El6Fm3Gn8Ho5Ip0Jq7Kr2Ls9MtAA", "anthropic-api-key", "sk-ant-api03-Xb7Kq2Lm9Rt4Vw1Zc8Nd3Pf6Gh0Jk5Ls2Mx7Qy4Rz9Ta1Ub6Vc3Wd8Xe5Yf0Zg7Ahi9Cj4Dk1El6Fm3Gn8Ho5Ip0Jq7Kr2Ls9MtAA")]
    [InlineData("<meta name=\"maps\" content=\"AIzaSyB3k9Lm2Qx7Rt4Vw1Zc8Nd3Pf6Gh0Jk5Ls\">", "google-api-key", "AIzaSyB3k9Lm2Qx7Rt4Vw1Zc8Nd3Pf6Gh0Jk5Ls")]
    [InlineData("//registry.npmjs.org/:_authToken=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", "npm-token", "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")]
    [InlineData("//registry.npmjs.org/:_authToken=3f9c2a71-8b4d-4e6f-9a1c-5d7e2b8f0c43", "npm-token", "3f9c2a71-8b4d-4e6f-9a1c-5d7e2b8f0c43")]
    [InlineData("password = pypi-AgEIcHlwaS5vcmcCJGE3ZjE5YzJkLWI4NGUtNGY2YS05YzFkLTVlN2YyYjhhMGM0MwACKlszLCJhYmMiXQ", "pypi-token", "pypi-AgEIcHlwaS5vcmcCJGE3ZjE5YzJkLWI4NGUtNGY2YS05YzFkLTVlN2YyYjhhMGM0MwACKlszLCJhYmMiXQ")]
    [InlineData("SENDGRID_API_KEY=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", "sendgrid-api-key", "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")]
    [InlineData("TWILIO_API_KEY=SK3f9c2a718b4d4e6f9a1c5d7e2b8f0c43", "twilio-api-key", "SK3f9c2a718b4d4e6f9a1c5d7e2b8f0c43")]
    [InlineData("TWILIO_ACCOUNT_SID=AC8d2e4f6a1b3c5d7e9f0a2b4c6d8e1f3a\nTWILIO_AUTH_TOKEN=5b7d9f1a3c5e7b9d2f4a6c8e1b3d5f7a", "twilio-auth-token", "5b7d9f1a3c5e7b9d2f4a6c8e1b3d5f7a")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=q8Wm3Kp2Lr5Tn7Vb9Xc1Ds4Fg6Hj8Kl0Mn2Pq4Rs6Tu8Vw0Xy2Za4Bc6De8Fg0Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6==;EndpointSuffix=core.windows.net", "azure-storage-key", "q8Wm3Kp2Lr5Tn7Vb9Xc1Ds4Fg6Hj8Kl0Mn2Pq4Rs6Tu8Vw0Xy2Za4Bc6De8Fg0Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6==")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTQ4MjEiLCJuYW1lIjoiRGFuYSBPcnRpeiIsImlhdCI6MTczMTAwMDAwMH0.k3J9vQx7LmN2pR8sT4wY6zA1bC5dE0fGhIjKlMnOpQr", "jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTQ4MjEiLCJuYW1lIjoiRGFuYSBPcnRpeiIsImlhdCI6MTczMTAwMDAwMH0.k3J9vQx7LmN2pR8sT4wY6zA1bC5dE0fGhIjKlMnOpQr")]
    [InlineData("DATABASE_URL=postgres://app:Tq7-vLx2pR9w@db.internal:5432/orders", "url-password", "Tq7-vLx2pR9w")]
    [InlineData("DB_PASSWORD=Kx8#mQ2vLp9!", "generic-secret", "Kx8#mQ2vLp9!")]
    [InlineData("  \"client_secret\": \"f3Jk9Lm2Qx7Rt4Vw1Zc8Nd3\",", "generic-secret", "f3Jk9Lm2Qx7Rt4Vw1Zc8Nd3")]
    [InlineData("api_key: 9fQ2mX7rLk4TzW8v", "generic-secret", "9fQ2mX7rLk4TzW8v")]
    [InlineData("const stripeApiKey = \"Rk4Tz-W8v9fQ2mX7rL\";", "generic-secret", "Rk4Tz-W8v9fQ2mX7rL")]
    // Personal data
    [InlineData("Contact: Dana Ortiz <dana.ortiz@acme-corp.io>", "email", "dana.ortiz@acme-corp.io")]
    [InlineData("call +44 20 7946 1234 today", "phone-number", "+44 20 7946 1234")]
    [InlineData("office (415) 867-5309 ext", "phone-number", "(415) 867-5309")]
    [InlineData("phone: 2125552368", "phone-number", "2125552368")]
    [InlineData("card 4532 0151 1283 0366 exp", "payment-card", "4532 0151 1283 0366")]
    [InlineData("pan=5512345678901231;", "payment-card", "5512345678901231")]
    [InlineData("IBAN: DE62 3704 0044 0532 0130 01", "iban", "DE62 3704 0044 0532 0130 01")]
    [InlineData("iban=GB02NWBK60161331926820", "iban", "GB02NWBK60161331926820")]
    [InlineData("client 81.2.69.142 connected", "ip-address", "81.2.69.142")]
    [InlineData("from 2a00:1450:4001:82b::200e port", "ip-address", "2a00:1450:4001:82b::200e")]
    [InlineData("SSN 512-34-8876", "us-ssn", "512-34-8876")]
    [InlineData("ssn: 512348876", "us-ssn", "512348876")]
    public void Scan_TruePositive_ReportsTheValue(string text, string rule, string value)
    {
        var findings = PrivacyScanner.Default.Scan(text).Findings;

        var finding = Assert.Single(findings, f => f.RuleId == rule);
        Assert.Equal(value, text.Substring((int)finding.Offset, finding.Length));
    }
}
