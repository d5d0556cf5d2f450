using System.Buffers;

namespace Baton.Privacy.Detection.Text;

/// <summary>
/// Values that stand in for a secret rather than being one: template variables (<c>${VAR}</c>, <c>{{ var }}</c>,
/// <c>%VAR%</c>, <c>$VAR</c>), angle-bracket slots (<c>&lt;token&gt;</c>), fillers (<c>xxxx</c>, <c>****</c>), and
/// words people type into examples (<c>your-api-key</c>, <c>changeme</c>).
/// </summary>
internal static class Placeholders
{
    private static readonly SearchValues<string> Fragments = SearchValues.Create(
        [
            "${", "{{", "}}", "$(", "%(", "#{", "<%", "xxxx", "****", "....", "____", "----", "####", "••",
            "your", "example", "placeholder", "changeme", "change_me", "change-me", "changeit", "replace",
            "insert", "redacted", "dummy", "sample", "todo", "fixme", "foobar", "lorem", "here", "fake", "not-a-real", "notreal",
            "process.env", "os.environ", "getenv", "env(", "env.", "vault:", "ssm:", "secretsmanager",
            // The keyed-hash operator's output (`[HASH:hex:rule]`), read unquoted up to its ']': a boundary rescans it.
            "[hash:",
        ],
        StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pass", "pwd", "secret", "token", "apikey", "api_key", "key", "null", "nil", "none",
        "undefined", "true", "false", "test", "testing", "string", "str", "value", "empty", "default", "required",
        "optional", "unknown", "admin", "root", "user", "username", "guest", "public", "private", "hidden", "masked",
        "encrypted", "blank", "dev", "development", "local", "localhost", "demo", "abc123", "qwerty", "letmein",
        "password1", "password123", "secret123", "mysecret", "mypassword", "supersecret", "s3cr3t", "p@ssw0rd",
    };

    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        if (value.Length < 4)
            return true;
        if (value.ContainsAny(Fragments))
            return true;
        if (Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value))
            return true;
        var first = value[0];
        var last = value[^1];
        if ((first == '<' && last == '>') || (first == '[' && last == ']') || (first == '%' && last == '%')
            || (first == '{' && last == '}') || (first == '(' && last == ')'))
            return true;
        if (first == '$' && value.Length > 1 && (char.IsAsciiLetter(value[1]) || value[1] == '_'))
            return true;
        return value.IndexOfAnyExcept(value[0]) < 0;
    }
}
