using System.Text;

namespace Baton.PrivacyBench.Corpus;

/// <summary>
/// Writes the labelled corpus: files of the kinds a repository holds (.env, YAML, JSON, Python, C#, JavaScript,
/// logs, minified bundles, lock files, CSV, Markdown, .npmrc, PEM), each with filler in its own style, planted
/// values at exactly labelled spans, and hard decoys. Same seed, same corpus.
/// </summary>
internal sealed class CorpusBuilder(ulong seed)
{
    private static readonly string[] Kinds = ["env", "yaml", "json", "py", "cs", "js", "log", "min.js", "lock", "csv", "md", "npmrc", "pem"];

    private readonly Fakes _fakes = new(seed);

    public IEnumerable<LabelledText> Files(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var kind = Kinds[i % Kinds.Length];
            var name = kind switch
            {
                "env" => $"svc{i}/.env",
                "npmrc" => $"pkg{i}/.npmrc",
                "lock" => $"web{i}/package-lock.json",
                "pem" => $"deploy{i}/keys/server.pem",
                _ => $"app{i}/file{i}.{kind}",
            };
            yield return kind switch
            {
                "min.js" => Minified(name),
                "lock" => LockFile(name),
                "pem" => Pem(name),
                "csv" => Csv(name),
                _ => Lines(name, kind),
            };
        }
    }

    private LabelledText Lines(string name, string kind)
    {
        var text = new LabelledText(name);
        var lines = 40 + _fakes.Next(200);
        for (var line = 0; line < lines; line++)
        {
            var roll = _fakes.Next(100);
            if (roll < 7)
                Plant(text, kind, Planted.Draw(_fakes));
            else if (roll < 13)
                text.Add(Decoys.Line(_fakes)).Add("\n");
            else
                text.Add(Filler.Line(_fakes, kind)).Add("\n");
        }

        return text;
    }

    private void Plant(LabelledText text, string kind, Planted planted)
    {
        if (planted.Rule == "url-password")
        {
            var password = _fakes.UrlPassword();
            text.Add(Assign(kind, planted.Key, out var close) + $"{_fakes.Pick(["postgres", "mysql", "mongodb+srv", "redis", "amqp", "https"])}://{_fakes.Pick(["app", "admin", "svc_orders", "deploy"])}:")
                .Secret("url-password", password).Add($"@{_fakes.Pick(["db", "cache", "mq", "registry"])}.{_fakes.Pick(["internal", "acme-corp.io", "prod.svc"])}:5432/main" + close + "\n");
            return;
        }

        if (planted.Rule == "twilio-auth-token")
        {
            text.Add(Assign(kind, "TWILIO_ACCOUNT_SID", out var sidClose) + _fakes.TwilioAccountSid() + sidClose + "\n");
            text.Add(Assign(kind, planted.Key, out var close)).Secret(planted.Rule, planted.Value).Add(close + "\n");
            return;
        }

        if (planted.Rule == "aws-access-key-id" && _fakes.Chance(0.6))
        {
            text.Add(Assign(kind, planted.Key, out var close1)).Secret(planted.Rule, planted.Value).Add(close1 + "\n");
            text.Add(Assign(kind, "AWS_SECRET_ACCESS_KEY", out var close2)).Secret("aws-secret-access-key", _fakes.AwsSecretKey()).Add(close2 + "\n");
            return;
        }

        if (kind == "log")
        {
            text.Add($"2025-03-{1 + _fakes.Next(28):00}T{_fakes.Next(24):00}:{_fakes.Next(60):00}:{_fakes.Next(60):00}Z INFO {_fakes.Pick(["request", "login", "webhook", "export"])} {planted.Key}=")
                .Secret(planted.Rule, planted.Value).Add($" status={_fakes.Pick(["200", "201", "401", "500"])}\n");
            return;
        }

        if (kind == "md" && planted.Rule is "generic-secret" or "aws-secret-access-key")
        {
            // A bare word in prose is no assignment; documentation shows the setting as it is written.
            text.Add("Set `" + planted.Key.ToUpperInvariant() + "=").Secret(planted.Rule, planted.Value).Add("` in the environment.\n");
            return;
        }

        if (kind == "md")
        {
            text.Add($"- {_fakes.Pick(["Reach", "Ask", "Notify", "Use"])} {planted.Key.Replace('_', ' ').ToLowerInvariant()} `").Secret(planted.Rule, planted.Value).Add("` for this.\n");
            return;
        }

        text.Add(Assign(kind, planted.Key, out var closing)).Secret(planted.Rule, planted.Value).Add(closing + "\n");
    }

    /// <summary>The start of an assignment in the file's style; <paramref name="close"/> is what follows the value.</summary>
    private string Assign(string kind, string key, out string close)
    {
        switch (kind)
        {
            case "env" or "npmrc":
                close = "";
                return key.ToUpperInvariant() + "=";
            case "yaml":
                close = _fakes.Chance(0.5) ? "\"" : "";
                return "  " + key.ToLowerInvariant() + ": " + close;
            case "json":
                close = "\",";
                return "    \"" + key + "\": \"";
            case "py":
                close = "\"";
                return key.ToUpperInvariant() + " = \"";
            case "cs":
                close = "\";";
                return "        private const string " + Pascal(key) + " = \"";
            default:
                close = "',";
                return "  " + Camel(key) + ": '";
        }
    }

    private LabelledText Minified(string name)
    {
        var text = new LabelledText(name);
        var target = 200_000 + _fakes.Next(300_000);
        while (text.Length < target)
        {
            var roll = _fakes.Next(100);
            if (roll < 2)
            {
                var planted = Planted.Draw(_fakes);
                if (planted.Rule is "url-password" or "twilio-auth-token" or "us-ssn" or "phone-number")
                    continue;
                text.Add($"var {Camel(planted.Key)}=\"").Secret(planted.Rule, planted.Value).Add("\";");
            }
            else if (roll < 4)
            {
                text.Add(Decoys.Line(_fakes).Replace('\n', ' ').Replace("\"", "'", StringComparison.Ordinal)).Add(";");
            }
            else
            {
                text.Add(Filler.Minified(_fakes));
            }
        }

        return text.Add("\n");
    }

    private LabelledText LockFile(string name)
    {
        var text = new LabelledText(name).Add("{\n  \"name\": \"web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n");
        var packages = 50 + _fakes.Next(200);
        for (var i = 0; i < packages; i++)
        {
            var package = _fakes.Pick(["react", "lodash", "express", "left-pad", "@babel/core", "typescript", "zod", "chalk", "debug", "ms"]) + (i > 9 ? "-" + i : "");
            text.Add($"    \"node_modules/{package}\": {{\n      \"version\": \"{_fakes.Next(20)}.{_fakes.Next(30)}.{_fakes.Next(10)}\",\n");
            if (_fakes.Chance(0.01))
            {
                text.Add("      \"resolved\": \"https://ci-bot:").Secret("url-password", _fakes.UrlPassword()).Add($"@npm.acme-corp.io/{package}/-/{package}-1.0.0.tgz\",\n");
            }
            else
            {
                text.Add($"      \"resolved\": \"https://registry.npmjs.org/{package}/-/{package}-1.0.0.tgz\",\n");
            }

            text.Add($"      \"integrity\": \"sha512-{_fakes.From("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 86)}==\",\n      \"license\": \"MIT\"\n    }},\n");
        }

        return text.Add("  }\n}\n");
    }

    private LabelledText Pem(string name)
    {
        var text = new LabelledText(name);
        text.Secret("private-key", _fakes.PrivateKey(_fakes.Pick(["RSA ", "EC ", "", "OPENSSH "]))).Add("\n");
        if (_fakes.Chance(0.5))
            text.Add("-----BEGIN CERTIFICATE-----\n" + string.Concat(Enumerable.Range(0, 10).Select(_ => _fakes.From("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64) + "\n")) + "-----END CERTIFICATE-----\n");
        return text;
    }

    private LabelledText Csv(string name)
    {
        var text = new LabelledText(name).Add("id,name,email,phone,card,iban,ssn,ip,created\n");
        var rows = 20 + _fakes.Next(80);
        for (var row = 0; row < rows; row++)
        {
            text.Add($"{row + 1},{_fakes.Name()},");
            Cell(text, "email", _fakes.Email());
            Cell(text, "phone-number", _fakes.Phone());
            Cell(text, "payment-card", _fakes.Card(grouped: false));
            Cell(text, "iban", _fakes.Iban(grouped: false));
            Cell(text, "us-ssn", _fakes.Ssn());
            Cell(text, "ip-address", _fakes.PublicIpv4());
            text.Add($"2025-0{1 + _fakes.Next(9)}-1{_fakes.Next(10)}\n");
        }

        return text;
    }

    private void Cell(LabelledText text, string rule, string value)
    {
        if (_fakes.Chance(0.6))
            text.Secret(rule, value);
        else
            text.Add(rule == "ip-address" ? $"10.0.{_fakes.Next(256)}.{_fakes.Next(256)}" : "");
        text.Add(",");
    }

    private static string Pascal(string key)
    {
        var text = new StringBuilder();
        foreach (var part in key.Split('_', StringSplitOptions.RemoveEmptyEntries))
            text.Append(char.ToUpperInvariant(part[0])).Append(part[1..].ToLowerInvariant());
        return text.ToString();
    }

    private static string Camel(string key)
    {
        var pascal = key.Contains('_', StringComparison.Ordinal) ? Pascal(key) : key;
        return char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }
}
