namespace Baton.PrivacyBench.Corpus;

/// <summary>
/// Hard negatives: values with the shape of a finding that are not one (documented examples, placeholders, failed
/// checksums, hashes, UUIDs, integrity strings, public keys, private and documentation addresses, invalid SSNs).
/// Each is a whole line in the style of the file it goes into.
/// </summary>
internal static class Decoys
{
    public static string Line(Fakes fakes) => fakes.Next(52) switch
    {
        44 => $"  \"order_id\": {fakes.Pick(["4", "5"])}{fakes.From("0123456789", 15)},",
        45 => $"isbn: 978-{fakes.Next(10)}-{fakes.From("0123456789", 2)}-{fakes.From("0123456789", 6)}-{fakes.Next(10)}",
        46 => $"User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/{100 + fakes.Next(30)}.0.{fakes.Next(9999)}.{fakes.Next(200)} Safari/537.36",
        47 => $"sku: {fakes.Next(800) + 100}-{fakes.Next(90) + 10}-{fakes.Next(9000) + 1000} (part number)",
        48 => $"api_token: {fakes.Pick(["not-a-real-token", "fake-token-for-tests", "dummy_secret_value", "local-dev-placeholder"])}",
        49 => $"  \"signature\": \"{fakes.AwsSecretKey()}\",",
        50 => $"git remote add origin https://{fakes.Pick(["dana", "ci"])}@git.acme-corp.io/team/app.git",
        51 => $"IBAN (mistyped): {BadIban(fakes)}",
        0 => "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        1 => "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        2 => $"GITHUB_TOKEN={fakes.GitHubToken(validChecksum: false)}",
        3 => "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        4 => $"//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}",
        5 => $"token: {fakes.NpmToken(validChecksum: false)}",
        6 => "api_key: your-api-key",
        7 => "password: ${DB_PASSWORD}",
        8 => "client_secret = \"<client-secret>\"",
        9 => "SECRET_KEY=changeme",
        10 => "password: \"********\"",
        11 => "  password: {{ .Values.postgres.password }}",
        12 => $"  \"integrity\": \"sha512-{fakes.From("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 86)}==\",",
        13 => $"  \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz#{fakes.From("0123456789abcdef", 40)}\",",
        14 => $"commit {fakes.From("0123456789abcdef", 40)}",
        15 => $"  \"password_hash\": \"{fakes.From("0123456789abcdef", 64)}\",",
        16 => $"api_key = \"{fakes.From("0123456789abcdef", 8)}-{fakes.From("0123456789abcdef", 4)}-4{fakes.From("0123456789abcdef", 3)}-8{fakes.From("0123456789abcdef", 3)}-{fakes.From("0123456789abcdef", 12)}\"",
        17 => $"request_id: {fakes.From("0123456789abcdef", 8)}-{fakes.From("0123456789abcdef", 4)}-4{fakes.From("0123456789abcdef", 3)}-a{fakes.From("0123456789abcdef", 3)}-{fakes.From("0123456789abcdef", 12)}",
        18 => $"STRIPE_PUBLISHABLE_KEY=pk_live_51{fakes.From("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 30)}",
        19 => "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        20 => "test_card: 4111 1111 1111 1111",
        21 => "stripe_test_card = \"4242424242424242\"",
        22 => "iban: DE89 3704 0044 0532 0130 00",
        23 => $"account: {BadIban(fakes)}",
        24 => $"bind: 10.{fakes.Next(256)}.{fakes.Next(256)}.{fakes.Next(256)}",
        25 => $"upstream 192.168.{fakes.Next(256)}.{1 + fakes.Next(254)}:8080;",
        26 => "listen 127.0.0.1:5432 and [::1]:5432",
        27 => $"example host 203.0.113.{fakes.Next(256)} or 2001:db8::{fakes.Next(9999)}",
        28 => $"[assembly: AssemblyVersion(\"{1 + fakes.Next(9)}.{fakes.Next(10)}.{fakes.Next(10)}.0\")]",
        29 => $"ssn_placeholder: 000-{fakes.Next(90) + 10}-{fakes.Next(9000) + 1000}",
        30 => $"invalid_ssn = \"666-{fakes.Next(90) + 10}-{fakes.Next(9000) + 1000}\"",
        31 => $"itin: 9{fakes.Next(90) + 10}-7{fakes.Next(10)}-{fakes.Next(9000) + 1000}",
        32 => "contact: noreply@example.com, ops@corp.test, admin@localhost",
        33 => "  background: url(icon@2x.png); git clone git@github.com:acme/app.git",
        34 => $"\"lodash@^4.17.21\", \"@babel/core@7.{fakes.Next(30)}.0\":",
        35 => $"created_at: {1600000000 + fakes.Next(200000000)}",
        36 => $"phone: (415) 555-01{fakes.Next(10)}{fakes.Next(10)}",
        37 => "DATABASE_URL=postgres://user:password@localhost:5432/app",
        38 => "REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0",
        39 => "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB\n-----END PUBLIC KEY-----",
        40 => "password = os.environ[\"DB_PASSWORD\"]",
        41 => "max_tokens: 4096\npassword_min_length: 12\ntoken_url: https://auth.acme-corp.io/oauth/token",
        42 => $"TWILIO_ACCOUNT_SID={fakes.TwilioAccountSid()}",
        _ => "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
    };

    /// <summary>An IBAN with one check digit changed: the right shape, the wrong checksum.</summary>
    private static string BadIban(Fakes fakes)
    {
        var iban = fakes.Iban(grouped: false);
        var check = (iban[3] - '0' + 1) % 10;
        return iban[..3] + check.ToString(null, null) + iban[4..];
    }
}
