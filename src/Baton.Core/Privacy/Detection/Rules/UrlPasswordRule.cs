using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Passwords in URLs (<c>postgres://user:password@host/db</c>, <c>https://user:token@host</c>). Only the password
/// is reported; placeholders (<c>:password@</c>, <c>:${DB_PASS}@</c>, <c>:&lt;pass&gt;@</c>) are not findings.
/// </summary>
internal sealed class UrlPasswordRule : DetectionRule
{
    private const int MaxScheme = 32;
    private const int MaxUserInfo = 256;

    private static readonly SearchValues<char> SchemeChars = SearchValues.Create(TokenChars.DigitChars + TokenChars.UpperChars + TokenChars.LowerChars + "+.-");
    private static readonly SearchValues<char> UserInfoEnd = SearchValues.Create("@/?#\\ \t\r\n\"'`<>[]{}|^");

    public override string Id => "url-password";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 80;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Literal("://")];

    public override int Lookbehind => MaxScheme + 1;

    public override int Lookahead => 3 + MaxUserInfo + 1;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var anchor = context.Anchor;
        var schemeStart = anchor;
        while (schemeStart > 0 && SchemeChars.Contains(window[schemeStart - 1]))
            schemeStart--;
        // A scheme that runs to the window's edge is longer than any real one (or not a scheme at all).
        if (schemeStart == anchor || !char.IsAsciiLetter(window[schemeStart]) || (schemeStart == 0 && !context.AtTextStart))
            return;
        var infoStart = anchor + 3;
        var infoLength = window[infoStart..].IndexOfAny(UserInfoEnd);
        if (infoLength <= 0 || window[infoStart + infoLength] != '@')
            return;
        var userInfo = window.Slice(infoStart, infoLength);
        var colon = userInfo.IndexOf(':');
        if (colon < 0 || colon == userInfo.Length - 1)
            return;
        var hostStart = infoStart + infoLength + 1;
        if (hostStart >= window.Length || !(char.IsAsciiLetterOrDigit(window[hostStart]) || window[hostStart] == '['))
            return;
        var password = userInfo[(colon + 1)..];
        if (IsPlaceholder(password))
            return;
        context.Report(infoStart + colon + 1, password.Length, Confidence.High);
    }

    private static bool IsPlaceholder(ReadOnlySpan<char> password) =>
        (password.Length >= 4 && Placeholders.IsPlaceholder(password))
        || password.StartsWith('$') || password.StartsWith('%') || password.IndexOfAnyExcept('*') < 0
        || password.IndexOfAnyExcept('x') < 0 || password.Equals("pass", StringComparison.OrdinalIgnoreCase)
        || password.Equals("pw", StringComparison.OrdinalIgnoreCase) || password.Equals("pwd", StringComparison.OrdinalIgnoreCase);
}
