using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Email addresses: a local part of the common unquoted form, an <c>@</c>, and a domain of at least two labels
/// ending in an alphabetic top-level domain. Not findings: the reserved example domains (RFC 2606 and 6761:
/// <c>example.com</c>, <c>*.test</c>, <c>*.invalid</c>, <c>*.localhost</c>, <c>*.example</c>), file names such as
/// <c>icon@2x.png</c>, and git's SSH user (<c>git@github.com:org/repo</c>).
/// </summary>
internal sealed class EmailRule : DetectionRule
{
    private const int MaxLocal = 64;
    private const int MaxDomain = 253;

    private static readonly SearchValues<char> LocalChars = SearchValues.Create(TokenChars.DigitChars + TokenChars.UpperChars + TokenChars.LowerChars + "._%+-");
    private static readonly SearchValues<char> DomainChars = SearchValues.Create(TokenChars.DigitChars + TokenChars.UpperChars + TokenChars.LowerChars + "-.");

    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "css", "js", "mjs", "ts", "map", "json", "html", "md", "txt", "pdf",
    };

    private static readonly string[] ExampleDomains = ["example.com", "example.org", "example.net"];
    private static readonly string[] ExampleTlds = [".test", ".invalid", ".localhost", ".example", ".local"];

    public override string Id => "email";

    public override FindingKind Kind => FindingKind.PersonalData;

    public override int Priority => 60;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Character('@')];

    public override int Lookbehind => MaxLocal + 1;

    public override int Lookahead => MaxDomain + 2;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var at = context.Anchor;
        var start = at;
        while (start > 0 && LocalChars.Contains(window[start - 1]))
            start--;
        if (start == at || at - start > MaxLocal || (start == 0 && !context.AtTextStart))
            return;
        if (start > 0 && window[start - 1] is '/' or '@' or '\\')
            return;
        // A local part may not start or end with a dot (and a leading '+', '-' or '.' belongs to something else).
        while (start < at && window[start] is '.' or '+' or '-')
            start++;
        if (start == at || window[at - 1] == '.')
            return;

        var domainStart = at + 1;
        var domainLength = TokenChars.RunLength(window, domainStart, DomainChars);
        var domain = window.Slice(domainStart, domainLength).TrimEnd('.').TrimEnd('-');
        if (domain.Length < 4 || domain.Length > MaxDomain || domain[0] is '.' or '-' || domain.Contains("..", StringComparison.Ordinal))
            return;
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0)
            return;
        var tld = domain[(lastDot + 1)..];
        if (tld.Length is < 2 or > 24 || tld.ContainsAnyExcept(TokenChars.Alphanumeric) || tld.ContainsAny(TokenChars.Digits))
            return;
        var end = domainStart + domain.Length;
        if (end < window.Length && (char.IsAsciiLetterOrDigit(window[end]) || window[end] == '_'))
            return;
        var local = window[start..at];
        if (IsNotPersonal(local, domain, tld))
            return;
        context.Report(start, end - start, Confidence.High);
    }

    private static bool IsNotPersonal(ReadOnlySpan<char> local, ReadOnlySpan<char> domain, ReadOnlySpan<char> tld)
    {
        if (FileExtensions.Contains(tld.ToString()) || local.Equals("git", StringComparison.Ordinal))
            return true;
        foreach (var example in ExampleDomains)
        {
            if (domain.Equals(example, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + example, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        foreach (var suffix in ExampleTlds)
        {
            if (domain.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }
}
