using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// US social security numbers written AAA-GG-SSSS, or as nine bare digits after a word like "SSN". The SSA never
/// issues area 000, 666 or 900–999 (the last are ITINs), group 00 or serial 0000, and numbers it published in
/// advertising are void; none of those are findings. Hyphenated numbers without context are medium confidence,
/// since other identifiers share the shape.
/// </summary>
internal sealed class UsSsnRule : DetectionRule
{
    private static readonly string[] ContextWords = ["ssn", "social security", "social_security", "socialsecurity", "ss#", "taxpayer"];
    private static readonly string[] OtherNumberWords = ["sku", "part", "order", "invoice", "ticket", "serial", "model", "ref", "isbn", "phone", "tel"];

    public override string Id => "us-ssn";

    public override FindingKind Kind => FindingKind.PersonalData;

    public override int Priority => 70;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.DigitRun];

    public override int Lookbehind => 40;

    public override int Lookahead => 12;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var start = context.Anchor;
        if (!NumberText.StartsClean(window, start))
            return;
        var first = TokenChars.RunLength(window, start, TokenChars.Digits);
        int end;
        Span<char> digits = stackalloc char[9];
        if (first is not (3 or 9))
            return;
        var hasContext = NumberText.HasContext(window, start, 40, ContextWords);
        if (first == 3 && start + 11 <= window.Length && window[start + 3] is '-' or ' ' && window[start + 6] == window[start + 3]
            && TokenChars.RunLength(window, start + 4, TokenChars.Digits) == 2 && TokenChars.RunLength(window, start + 7, TokenChars.Digits) == 4)
        {
            if (!hasContext && (window[start + 3] == ' ' || NumberText.HasContext(window, start, 24, OtherNumberWords)))
                return;
            window.Slice(start, 3).CopyTo(digits);
            window.Slice(start + 4, 2).CopyTo(digits[3..]);
            window.Slice(start + 7, 4).CopyTo(digits[5..]);
            end = start + 11;
        }
        else if (first == 9 && hasContext)
        {
            window.Slice(start, 9).CopyTo(digits);
            end = start + 9;
        }
        else
        {
            return;
        }

        if (!NumberText.EndsClean(window, end) || !IsIssuable(digits) || ExampleValues.Contains(window[start..end]))
            return;
        context.Report(start, end - start, hasContext ? Confidence.High : Confidence.Medium);
    }

    private static bool IsIssuable(ReadOnlySpan<char> digits)
    {
        var area = (digits[0] - '0') * 100 + (digits[1] - '0') * 10 + (digits[2] - '0');
        if (area is 0 or 666 or >= 900)
            return false;
        if (digits[3] == '0' && digits[4] == '0')
            return false;
        if (digits[5..].SequenceEqual("0000"))
            return false;
        return !digits.SequenceEqual("123456789") && !digits.SequenceEqual("078051120") && !digits.SequenceEqual("219099999");
    }
}
