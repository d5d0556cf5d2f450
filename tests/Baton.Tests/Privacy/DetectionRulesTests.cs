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
    [InlineData("The session was eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1LTQ4MjEifQ. Then it expired.", "jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1LTQ4MjEifQ.")]
    [InlineData("DATABASE_URL=postgres://app:Tq7-vLx2pR9w@db.internal:5432/orders", "url-password", "Tq7-vLx2pR9w")]
    [InlineData("DB_PASSWORD=Kx8#mQ2vLp9!", "generic-secret", "Kx8#mQ2vLp9!")]
    [InlineData("  \"client_secret\": \"f3Jk9Lm2Qx7Rt4Vw1Zc8Nd3\",", "generic-secret", "f3Jk9Lm2Qx7Rt4Vw1Zc8Nd3")]
    [InlineData("api_key: 9fQ2mX7rLk4TzW8v", "generic-secret", "9fQ2mX7rLk4TzW8v")]
    [InlineData("const stripeApiKey = \"Rk4Tz-W8v9fQ2mX7rL\";", "generic-secret", "Rk4Tz-W8v9fQ2mX7rL")]
    [InlineData("api_token: mXqTrvKwLpZs | undefined", "generic-secret", "mXqTrvKwLpZs")]
    [InlineData("password: SummerVacation\n", "generic-secret", "SummerVacation")]
    [InlineData("PASSWORD=CorrectHorseBattery # staging\n", "generic-secret", "CorrectHorseBattery")]
    [InlineData("secret_key = kQ7_xZ2_mW9pLr;", "generic-secret", "kQ7_xZ2_mW9pLr")]
    // Words with digits, or words that are not code's, followed by punctuation: passwords, not names
    [InlineData("\"Default\": \"Server=db;User Id=sa;Password=Summer2024;\"", "generic-secret", "Summer2024")]
    [InlineData("export DB_PASSWORD=Summer2024; ./run", "generic-secret", "Summer2024")]
    [InlineData("PASSWORD=CorrectHorseBattery && deploy", "generic-secret", "CorrectHorseBattery")]
    [InlineData("{user: bob, password: Autumn2023Leaves}", "generic-secret", "Autumn2023Leaves")]
    [InlineData("connect(password=Summer2024)", "generic-secret", "Summer2024")]
    [InlineData("the password: Welcome2024.\n", "generic-secret", "Welcome2024.")]
    [InlineData("db_password = correct_horse_battery;", "generic-secret", "correct_horse_battery")]
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

    [Theory]
    // Documented example values
    [InlineData("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")]
    [InlineData("Stripe.ApiKey = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\";")]
    [InlineData("test card 4111 1111 1111 1111 and 4242424242424242 and 378282246310005")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00")]
    [InlineData("ssn: 078-05-1120 or 123-45-6789")]
    [InlineData("mail jane.doe@example.com or ops@corp.test or root@localhost")]
    [InlineData("call (415) 555-0134")]
    // Checksums and structure that do not hold
    [InlineData("token: ghp_R7kLq2ZpX9vT4mWc8NbJ3hYd6FsG1a2EN0hX")]
    [InlineData("npm_Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz24X8RHy")]
    [InlineData("card 4532 0151 1283 0367")]
    [InlineData("IBAN DE63 3704 0044 0532 0130 01")]
    [InlineData("eyJub3RhIjoiand0In0.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2lnbmF0dXJlc2lnbmF0dXJl")]
    // Placeholders
    [InlineData("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("api_key: your-api-key")]
    [InlineData("password: ${DB_PASSWORD}")]
    [InlineData("token = \"<token>\"")]
    [InlineData("secret: changeme")]
    [InlineData("PASSWORD=xxxxxxxxxx")]
    [InlineData("password: \"********\"")]
    [InlineData("client_secret = '{{ client_secret }}'")]
    [InlineData("AWS_SECRET_ACCESS_KEY=%AWS_SECRET%")]
    [InlineData("DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app")]
    [InlineData("redis://:<password>@cache:6379/0")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")]
    // Code that refers to a secret rather than holding one
    [InlineData("password = getPassword(user);")]
    [InlineData("const token = request.headers.authorization;")]
    [InlineData("secret = SECRET_KEY")]
    [InlineData("if (password == confirmPassword) {")]
    [InlineData("std::string token = lexer.next_token();")]
    [InlineData("max_tokens: 4096")]
    [InlineData("token_url: https://auth.acme-corp.io/oauth/token")]
    // Hashes, UUIDs, integrity strings, public keys, publishable keys
    [InlineData("\"integrity\": \"sha512-9Vx2mQ7rLk4TzW8vR3pN6bF1cY5hJ0sD2gK8lA4eU7iO3wX9qZ1tB6nM5vC8xE2rT4yU7iO0pL3kJ6hG9fD2sA==\"")]
    [InlineData("password_hash: 5f4dcc3b5aa765d61d8327deb882cf99")]
    [InlineData("api_key = \"3f9c2a71-8b4d-4e6f-9a1c-5d7e2b8f0c43\"")]
    [InlineData("commit 9fceb02d0ae598e95dc970b74767f19372d61af8")]
    [InlineData("secret_sha256: 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB\n-----END PUBLIC KEY-----")]
    [InlineData("STRIPE_PUBLISHABLE_KEY=pk_live_51Hx9Lm2Qr7Tv4Wz8Bc3Nd6Fg1")]
    // Numbers that are not personal data
    [InlineData("#define UINT64_BIT (4611686018427387904ULL)")]
    [InlineData("mask = 0x4532015112830366;")]
    [InlineData("listen 10.0.0.1 and 192.168.1.20 and 127.0.0.1 and 203.0.113.5 and 172.16.4.2")]
    [InlineData("addresses ::1 fe80::1ff:fe23:4567:890a 2001:db8::8a2e:370:7334 fd12:3456::1")]
    [InlineData("std::vector<int> v; a::b::c(); 12:30:45; 00:1a:2b:3c:4d:5e")]
    [InlineData("version 1.2.3.4.5 and date 2024-01-15 and 1731000000")]
    [InlineData("ssn 000-12-3456 666-12-3456 912-34-5678 512-00-8876 512-34-0000")]
    [InlineData("\"@babel/core\": \"^7.24.0\", icon@2x.png, git@github.com:acme/app.git, lodash@4.17.21")]
    // Types and names in declarations (TypeScript's own .d.ts files had 218 of these redacted)
    [InlineData("function f(name: string, questionToken: QuestionToken | undefined, type: TypeNode): ParameterDeclaration;")]
    [InlineData("readonly asteriskToken?: AsteriskToken;\n    questionOrExclamationToken: ExclamationToken | QuestionToken,")]
    [InlineData("Task RunAsync(CancellationToken cancellationToken) => Run(token: CancellationToken);")]
    [InlineData("let passwordInput: PasswordInputElement = document.createElement(\"input\");")]
    [InlineData("node.questionToken = questionOrExclamationToken && isQuestion(token);\nconst splitToken = children[splitTokenIndex];")]
    [InlineData("const saveTokenPos = tokenStart;\n    tokenValue = saveTokenValue;\n    pos = tokenStart = fullStartPos;")]
    [InlineData("const extendsToken = heritageClauses[0].getFirstToken();\ncreateMetaProperty(keywordToken: MetaProperty[\"keywordToken\"], name: Identifier)")]
    [InlineData("\t  _M_token = _S_token_subexpr_lookahead_begin;\n      using arrival_token = __barrier_phase_t;")]
    [InlineData("using PassModelT = detail::PassModel<LazyCallGraph::SCC, CGSCCAnalysisManager>;\nPass *ResultPass = Resolver->findImplPass(PI);")]
    public void Scan_Decoy_FindsNothing(string text)
    {
        var findings = PrivacyScanner.Default.Scan(text).Findings;

        Assert.Empty(findings.Select(f => $"{f.RuleId}: {text.Substring((int)f.Offset, f.Length)}"));
    }
}
