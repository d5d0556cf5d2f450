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
        if (!quoted && IsTypeName(value, window[(start + length)..]))
            return;
        if (Judge(value, quoted) is { } confidence)
            context.Report(start, length, confidence);
    }

    /// <summary>
    /// A name in code, not a value: an unquoted value followed on its line by an operator or punctuation that is either
    /// an expression of names (joined by <c>.</c>, <c>[</c>, <c>(</c>, <c>::</c>, <c>-></c> or <c>&lt;</c>, or a C or C++
    /// reserved name starting with <c>_</c>: <c>children[splitTokenIndex]</c>, <c>_S_token_ord_char</c>) or a single
    /// camelCase or PascalCase name of words, without digits, whose last word names a kind of thing in code
    /// (TypeScript's <c>questionToken: QuestionToken | undefined</c>, <c>(token: CancellationToken)</c>). Human
    /// passwords are words too, so the evidence must be code's: <c>Password=Summer2024;</c>,
    /// <c>PASSWORD=CorrectHorseBattery &amp;&amp; deploy</c> and <c>{password: Autumn2023}</c> are still judged as values.
    /// </summary>
    private static bool IsTypeName(ReadOnlySpan<char> value, ReadOnlySpan<char> after)
    {
        var next = after.TrimStart(' ');
        if (value[^1] == '.' && (next.IsEmpty || next[0] is '\n' or '\r'))
            return false; // the end of a sentence: "the password: Welcome2024."
        var continues = value[^1] is '[' or '(' or '.' or ':' or '<' or '-' or '>';
        if (!continues && (next.IsEmpty || !CodeFollows.Contains(next[0])))
            return false;
        if (!value.ContainsAny(ExpressionJoints) && value[0] != '_')
            return IsTypedName(value);
        var longest = 0;
        var indexed = value.Contains('[');
        foreach (var range in value.SplitAny(NameJoints))
        {
            var part = value[range].Trim(['"', '\'']);
            if (indexed && !part.IsEmpty && !part.ContainsAnyExcept(TokenChars.Digits))
                continue; // an index: heritageClauses[0]
            if (!IsWordsName(part.TrimEnd(TokenChars.DigitChars), ref longest))
                return false;
        }

        return longest >= 4;
    }

    /// <summary><c>QuestionToken</c>, <c>optionalToken</c>, <c>PasswordInputElement</c>: two words or more, no digits, the last one a noun of code.</summary>
    private static bool IsTypedName(ReadOnlySpan<char> value)
    {
        var longest = 0;
        if (value.ContainsAny(TokenChars.Digits) || !IsWordsName(value, ref longest) || longest < 4)
            return false;
        var last = value.LastIndexOfAnyInRange('A', 'Z');
        return last > 0 && CodeNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value[last..]);
    }

    /// <summary>
    /// One part of a name: a camelCase or PascalCase run of words with vowels, of two letters or more (<c>splitToken</c>,
    /// <c>QuestionToken</c>), or a single letter (<c>_S_token</c>).
    /// </summary>
    private static bool IsWordsName(ReadOnlySpan<char> name, ref int longest)
    {
        if (name.Length <= 1)
            return name.IsEmpty || char.IsAsciiLetter(name[0]);
        if (name.ContainsAnyExceptInRange('A', 'z') || name.ContainsAnyInRange('[', '`'))
            return false;
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i < name.Length && !(char.IsAsciiLetterUpper(name[i]) && char.IsAsciiLetterLower(name[i - 1])))
                continue;
            var word = name[start..i];
            if (word.Length < 2 || !word.ContainsAny(Vowels))
                return false;
            (start, longest) = (i, Math.Max(longest, word.Length));
        }

        return true;
    }

    /// <summary>What joins names in an expression: member access, indexing, calls, scopes (<c>::</c>, <c>-></c>), generics, snake_case.</summary>
    private static readonly System.Buffers.SearchValues<char> NameJoints = System.Buffers.SearchValues.Create(".[(_:<->");

    /// <summary>The joints that only code has (not <c>_</c>, which passwords use too).</summary>
    private static readonly System.Buffers.SearchValues<char> ExpressionJoints = System.Buffers.SearchValues.Create(".[(:<->");

    private static readonly System.Buffers.SearchValues<char> CodeFollows = System.Buffers.SearchValues.Create("|&)];,.>[={}<?(:+-*/!");

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouyAEIOUY");

    /// <summary>The last word of a type or variable name that holds a secret or a part of code, never of a password.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> CodeNouns = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal,
        "Token", "Tokens", "Key", "Keys", "Secret", "Secrets", "Password", "Credential", "Credentials", "Node", "Element",
        "Input", "Field", "Type", "Kind", "Provider", "Handler", "Options", "Settings", "Identifier", "Keyword", "Modifier",
        "Literal", "Expression", "Declaration", "Clause", "Index", "Info", "Source", "Manager", "Factory", "Store",
        "Service", "Context", "Result", "Request", "Response", "Value", "Values", "Flags", "Pos", "Position", "Start", "End",
        "Range", "Count", "Length", "Offset", "Comments", "List", "Map", "Function", "Mixin");

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
