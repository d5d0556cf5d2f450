namespace Baton.Privacy.Detection.Text;

/// <summary>
/// Judges a configuration key or variable name by its words (<c>DB_PASSWORD</c> → db, password;
/// <c>stripeApiKey</c> → stripe, api, key): does it name a secret, or something about one (a hash, a length, a file)?
/// </summary>
internal static class KeyNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "passphrase", "pwd", "secret", "token", "apikey", "accesskey", "privatekey", "secretkey",
        "credential", "credentials", "authtoken", "accesstoken", "refreshtoken", "clientsecret", "authkey", "pass",
    };

    /// <summary>Words that, before "key", make a secret: api key, access key, private key, …</summary>
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "api", "access", "private", "auth", "signing", "encryption", "master", "secret", "client", "app", "license",
    };

    private static readonly HashSet<string> NotSecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hash", "hashed", "digest", "checksum", "sha", "sha1", "sha256", "md5", "integrity", "length", "len", "size",
        "count", "type", "format", "file", "path", "dir", "url", "uri", "endpoint", "name", "id", "expiry", "expires",
        "expiration", "ttl", "timeout", "policy", "field", "label", "prompt", "placeholder", "header", "param", "min",
        "max", "regex", "pattern", "env", "var", "ref", "version", "provider", "mode", "enabled", "required", "hint",
        "reset", "tokens", "tokenizer", "secrets", "passwords", "limit", "strength", "rotation", "validator", "input",
        "error", "message", "help", "description", "ui", "column", "prefix", "suffix", "kind", "style", "class",
        "arn", "location", "store", "manager", "source", "issuer", "audience", "scope", "scopes", "usage",
    };

    public static bool NamesSecret(ReadOnlySpan<char> key)
    {
        var words = Split(key);
        var secret = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (NotSecretWords.Contains(word))
                return false;
            if (SecretWords.Contains(word) || EndsWithSecretWord(word)
                || (word.Equals("key", StringComparison.OrdinalIgnoreCase) && i > 0 && KeyQualifiers.Contains(words[i - 1])))
                secret = true;
        }

        return secret;
    }

    /// <summary>Names written as one word: WEBHOOKSECRET, dbpassword, sessiontoken.</summary>
    private static bool EndsWithSecretWord(string word) =>
        word.Length > 6 && (word.EndsWith("secret", StringComparison.OrdinalIgnoreCase) || word.EndsWith("password", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("passwd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("token", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("apikey", StringComparison.OrdinalIgnoreCase) || word.EndsWith("passphrase", StringComparison.OrdinalIgnoreCase));

    /// <summary>Splits on <c>_ - .</c> and on case changes (<c>apiKey</c>, <c>APIKey</c>).</summary>
    public static List<string> Split(ReadOnlySpan<char> key)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= key.Length; i++)
        {
            var boundary = i == key.Length || key[i] is '_' or '-' or '.' or '$';
            var caseBreak = !boundary && i > start && char.IsAsciiLetterUpper(key[i])
                && (char.IsAsciiLetterLower(key[i - 1]) || (i + 1 < key.Length && char.IsAsciiLetterLower(key[i + 1]) && char.IsAsciiLetterUpper(key[i - 1])));
            if (boundary || caseBreak)
            {
                if (i > start)
                    words.Add(key[start..i].ToString());
                start = boundary ? i + 1 : i;
            }
        }

        return words;
    }
}
