using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// A value assigned to a key that names a secret (<c>DB_PASSWORD=…</c>, <c>"apiKey": "…"</c>, <c>secret: …</c>) when
/// the value itself looks like one: no placeholder, no reference to code or to the environment, no digest or UUID,
/// no spaces, at least two kinds of characters, and enough entropy for its length. Only the value is reported.
/// </summary>
internal sealed class GenericSecretRule : DetectionRule
{
    private const int MinValue = 8;
    private const int MaxValue = 256;

    /// <summary>Formats with a checksum: when their own rule rejected the value, it is not a secret under another name.</summary>
    private static readonly string[] ChecksummedPrefixes = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"];

    public override string Id => "generic-secret";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 40;

    public override IReadOnlyList<Anchor> Anchors { get; } =
    [
        Anchor.Keyword("pass"), Anchor.Keyword("passphrase"), Anchor.Keyword("pwd"), Anchor.Keyword("secret"),
        Anchor.Keyword("token"), Anchor.Keyword("apikey"), Anchor.Keyword("api_key"), Anchor.Keyword("api-key"),
        Anchor.Keyword("accesskey"), Anchor.Keyword("access_key"), Anchor.Keyword("privatekey"), Anchor.Keyword("private_key"),
        Anchor.Keyword("credential"), Anchor.Keyword("authkey"), Anchor.Keyword("auth_key"), Anchor.Keyword("signing_key"),
        Anchor.Keyword("encryption_key"), Anchor.Keyword("master_key"), Anchor.Keyword("client_secret"),
    ];

    public override int Lookbehind => Assignment.MaxKey;

    public override int Lookahead => Assignment.MaxKey + Assignment.MaxValue + 8;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        // The assignment is the cheap test and fails for most occurrences of "token" or "pass" in code; the key's words last.
        if (!Assignment.TryKeyAround(window, context.AtTextStart, context.Anchor, out var keyStart, out var keyEnd)
            || !Assignment.TryValueAfter(window, keyEnd, out var start, out var length, out var quoted)
            || !KeyNames.NamesSecret(window[keyStart..keyEnd]))
            return;
        var value = window.Slice(start, length);
        if (Judge(value, quoted) is { } confidence)
            context.Report(start, length, confidence);
    }

    /// <summary>The confidence that <paramref name="value"/> is a secret, or null when it is not one.</summary>
    public static Confidence? Judge(ReadOnlySpan<char> value, bool quoted)
    {
        if (value.Length is < MinValue or > MaxValue || value.ContainsAny(' ', '\t', '\\'))
            return null;
        if (Placeholders.IsPlaceholder(value) || ValueShapes.IsNotSecret(value) || ExampleValues.IsExample(value))
            return null;
        if (value.Contains("://", StringComparison.Ordinal) || value[0] is '/' or '.' or '~' or '@' or '&' or '*' or '!')
            return null;
        foreach (var prefix in ChecksummedPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
                return null;
        }

        if (!quoted && LooksLikeCode(value))
            return null;
        if (!TokenChars.HasClasses(value, 2))
            return null;
        var entropy = Entropy.Of(value);
        if (entropy < (value.Length < 12 ? 2.5 : 3.0))
            return null;
        return (value.Length >= 16 && entropy >= 3.5) || TokenChars.HasClasses(value, 3) ? Confidence.Medium : Confidence.Low;
    }

    /// <summary>A dotted member access or a CONSTANT_NAME: a reference to where the secret is, not the secret.</summary>
    private static bool LooksLikeCode(ReadOnlySpan<char> value)
    {
        if (!char.IsAsciiLetter(value[0]) && value[0] != '_')
            return false;
        var identifier = value.IndexOfAnyExcept(TokenChars.Word) < 0;
        var dotted = !identifier && value.Contains('.') && value.IndexOfAnyExcept(TokenChars.TokenBody) < 0
            && !value.ContainsAny('+', '/', '=');
        var constant = identifier && value.IndexOfAnyInRange('a', 'z') < 0 && value.Contains('_');
        return (dotted && IsDottedIdentifier(value)) || constant;
    }

    /// <summary>
    /// <c>config.db.password</c>, <c>settings.API_KEY</c>, <c>item2.value</c>: parts that are words, with digits at
    /// most at their end. A random value with a dot in it (<c>pNzJyN.LtS3n7</c>) mixes digits inside its parts.
    /// </summary>
    private static bool IsDottedIdentifier(ReadOnlySpan<char> value)
    {
        foreach (var part in value.ToString().Split('.'))
        {
            var body = part.AsSpan().TrimEnd(TokenChars.DigitChars);
            if (body.Length == 0 || body.IndexOfAnyExcept(TokenChars.Word) >= 0 || body.ContainsAny(TokenChars.Digits))
                return false;
        }

        return true;
    }
}
