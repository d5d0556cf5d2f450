using System.Text;
using Baton.Bench.Corpus;

namespace Baton.PrivacyBench.Corpus;

/// <summary>
/// Realistic fake credentials and personal data in every format the detectors cover, valid where the format has a
/// check (GitHub and npm CRC-32, Luhn, IBAN mod-97, SSN rules, JWT structure, libphonenumber plans), plus the
/// decoys a scanner must leave alone. Everything is drawn from a seeded generator, so a corpus is reproducible.
/// </summary>
internal sealed class Fakes(ulong seed)
{
    private const string Digits = "0123456789";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Base62 = Digits + Upper + Lower;
    private const string Base64 = Base62 + "+/";
    private const string Base64Url = Base62 + "-_";
    private const string Hex = "0123456789abcdef";
    private const string Base62Alphabet = Digits + Upper + Lower;

    private static readonly string[] FirstNames = ["dana", "lee", "maria", "tom", "aisha", "jonas", "priya", "chen", "olga", "sam", "nora", "kofi"];
    private static readonly string[] LastNames = ["ortiz", "nguyen", "schmidt", "okafor", "kowalski", "tanaka", "silva", "haddad", "berg", "moreau"];
    private static readonly string[] Domains = ["acme-corp.io", "northwind.com", "globex.net", "initech.co.uk", "umbrella.de", "hooli.xyz", "gmail.com", "outlook.com"];

    private SplitMix64 _random = new(seed);

    public int Next(int max) => _random.Next(max);

    public bool Chance(double p) => _random.Chance(p);

    public T Pick<T>(IReadOnlyList<T> values) => _random.Pick(values);

    public string From(string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            text.Append(alphabet[_random.Next(alphabet.Length)]);
        return text.ToString();
    }

    // ---- Credentials ----

    public string AwsAccessKeyId() => Pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + From(Upper + "234567", 16);

    public string AwsSecretKey()
    {
        string value;
        do value = From(Base64, 40);
        while (value.IndexOfAny(['+', '/']) < 0 && !value.Any(char.IsDigit));
        return value;
    }

    public string GitHubToken(bool validChecksum = true)
    {
        var random = From(Base62, 30);
        var checksum = Checksum(random);
        if (!validChecksum)
            checksum = checksum[..5] + (checksum[5] == 'A' ? 'B' : 'A');
        return Pick(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + random + checksum;
    }

    public string GitHubFineGrained() => "github_pat_11" + From(Upper + Digits, 9) + From(Base62, 11) + "_" + From(Base62, 59);

    public string GitLabToken() => Pick(["glpat-", "glpat-", "gldt-", "glrt-"]) + From(Base62 + "_-", 20);

    public string SlackToken() => Pick(["xoxb-", "xoxp-"]) + From(Digits, 11) + "-" + From(Digits, 13) + "-" + From(Base62, 24);

    public string SlackWebhook() => "https://hooks.slack.com/services/T" + From(Upper + Digits, 8) + "/B" + From(Upper + Digits, 10) + "/" + From(Base62, 24);

    public string StripeKey() => Pick(["sk_live_", "rk_live_", "sk_test_"]) + "51" + From(Base62, 22 + Next(60));

    public string OpenAiKey() => Pick(["sk-proj-", "sk-", "sk-svcacct-"]) + From(Base64Url, 20 + Next(40)) + "T3BlbkFJ" + From(Base64Url, 20 + Next(40));

    public string AnthropicKey() => "sk-ant-api03-" + From(Base64Url, 93) + "AA";

    public string GoogleApiKey() => "AIza" + From(Base64Url, 35);

    public string NpmToken(bool validChecksum = true)
    {
        var random = From(Base62, 30);
        var checksum = Checksum(random);
        return "npm_" + random + (validChecksum ? checksum : checksum[..5] + (checksum[5] == 'z' ? 'y' : 'z'));
    }

    public string PyPiToken() => "pypi-AgEIcHlwaS5vcmc" + From(Base64Url, 60 + Next(100));

    public string SendGridKey() => "SG." + From(Base64Url, 22) + "." + From(Base64Url, 43);

    public string TwilioApiKey() => "SK" + From(Hex, 32);

    public string TwilioAccountSid() => "AC" + From(Hex, 32);

    public string TwilioAuthToken() => From(Hex, 32);

    public string AzureAccountKey() => From(Base64, 86) + "==";

    public string PrivateKey(string kind)
    {
        var text = new StringBuilder($"-----BEGIN {kind}PRIVATE KEY-----\n");
        // Real keys start with their structure's magic: a DER SEQUENCE ("MI…") or OpenSSH's "openssh-key-v1".
        var magic = kind switch
        {
            "RSA " => "MIIEowIBAAKCAQEA",
            "EC " => "MHcCAQEEI",
            "OPENSSH " => "b3BlbnNzaC1rZXktdjEAAAAA",
            _ => "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
        };
        var lines = 12 + Next(14);
        for (var i = 0; i < lines; i++)
            text.Append(i == 0 ? magic + From(Base64, 64 - magic.Length) : From(Base64, 64)).Append('\n');
        text.Append(From(Base64, 20 + Next(40))).Append("==\n");
        return text.Append($"-----END {kind}PRIVATE KEY-----").ToString();
    }

    public string Jwt()
    {
        var header = B64Url($"{{\"alg\":\"{Pick(["HS256", "RS256", "ES256"])}\",\"typ\":\"JWT\"}}");
        var payload = B64Url($"{{\"sub\":\"{From(Digits, 8)}\",\"name\":\"{Name()}\",\"iat\":{1700000000 + Next(50000000)},\"scope\":\"read write\"}}");
        return header + "." + payload + "." + From(Base64Url, 43);
    }

    public string Password() => From(Base62, 6) + Pick(["!", "#", "%", "-", "_", "."]) + From(Base62, 4 + Next(10));

    /// <summary>A password as it can stand in a URL's user information (RFC 3986: no '#', '/', '?', '@').</summary>
    public string UrlPassword() => From(Base62, 6) + Pick(["!", "-", "_", ".", "~", "*"]) + From(Base62, 4 + Next(10));

    public string GenericSecret() => Chance(0.5) ? Password() : From(Base62, 24 + Next(20));

    // ---- Personal data ----

    public string Name() => Capital(Pick(FirstNames)) + " " + Capital(Pick(LastNames));

    public string Email() => Pick(FirstNames) + Pick([".", "_", ""]) + Pick(LastNames) + (Chance(0.3) ? From(Digits, 2) : "") + "@" + Pick(Domains);

    /// <summary>Numbers that libphonenumber accepts as valid, in the forms people write them.</summary>
    public string Phone() => Next(5) switch
    {
        0 => $"+1 {UsArea()} {From("23456789", 1)}{From(Digits, 2)} {From(Digits, 4)}",
        1 => $"({UsArea()}) {From("2346789", 1)}{From(Digits, 2)}-{From(Digits, 4)}",
        2 => $"+44 20 7{From(Digits, 3)} {From(Digits, 4)}",
        3 => $"+49 30 {From(Digits, 8)}",
        _ => $"+33 1 {From(Digits, 2)} {From(Digits, 2)} {From(Digits, 2)} {From(Digits, 2)}",
    };

    public string Card(bool grouped)
    {
        var (prefix, length) = Next(4) switch
        {
            0 => ("4" + From(Digits, 5), 16),
            1 => ("5" + From("12345", 1) + From(Digits, 4), 16),
            2 => ("3" + From("47", 1) + From(Digits, 4), 15),
            _ => ("6011" + From(Digits, 2), 16),
        };
        var body = prefix + From(Digits, length - prefix.Length - 1);
        var number = body + LuhnDigit(body);
        if (!grouped)
            return number;
        return length == 15
            ? $"{number[..4]} {number[4..10]} {number[10..]}"
            : $"{number[..4]} {number[4..8]} {number[8..12]} {number[12..]}";
    }

    public string Iban(bool grouped)
    {
        var (country, bban) = Next(4) switch
        {
            0 => ("DE", From(Digits, 18)),
            1 => ("GB", From(Upper, 4) + From(Digits, 14)),
            2 => ("FR", From(Digits, 10) + From(Upper + Digits, 11) + From(Digits, 2)),
            _ => ("NL", From(Upper, 4) + From(Digits, 10)),
        };
        var check = 98 - Mod97(bban + country + "00");
        var iban = country + check.ToString("00", null) + bban;
        return grouped ? string.Join(' ', iban.Chunk(4).Select(c => new string(c))) : iban;
    }

    public string PublicIpv4()
    {
        while (true)
        {
            var a = 1 + Next(223);
            if (a is 10 or 127 or 100 or 169 or 172 or 192 or 198 or 203)
                continue;
            return $"{a}.{Next(256)}.{Next(256)}.{1 + Next(254)}";
        }
    }

    public string PublicIpv6() => $"2{From("46a", 1)}{From(Hex, 2)}:{From(Hex, 4)}:{From(Hex, 4)}::{From(Hex, 3)}";

    public string Ssn()
    {
        int area;
        do area = 1 + Next(899);
        while (area == 666);
        return $"{area:000}-{1 + Next(99):00}-{1 + Next(9999):0000}";
    }

    // ---- Helpers ----

    public static string LuhnDigit(string digits)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return ((10 - sum % 10) % 10).ToString(null, null);
    }

    /// <summary>Area codes in service: libphonenumber rejects numbers in unassigned ones, as it should.</summary>
    private string UsArea() => Pick(["212", "415", "646", "312", "617", "206", "303", "512", "305", "702", "213", "718", "404", "602", "713", "503"]);

    private static int Mod97(string text)
    {
        var remainder = 0;
        foreach (var c in text)
            remainder = char.IsDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        return remainder;
    }

    private static string Checksum(string random)
    {
        var crc = System.IO.Hashing.Crc32.HashToUInt32(Encoding.ASCII.GetBytes(random));
        var text = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            text[i] = Base62Alphabet[(int)(crc % 62)];
            crc /= 62;
        }

        return new string(text);
    }

    private static string B64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
