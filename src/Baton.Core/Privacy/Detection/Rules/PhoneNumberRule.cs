using System.Buffers;
using Baton.Privacy.Detection.Text;
using PhoneNumbers;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Telephone numbers, validated by libphonenumber against each country's numbering plan. Digits alone are too
/// common in code to be numbers, so a candidate must look written as a phone number: international with a
/// <c>+</c>, a North American number with its area code in brackets or in 3-3-4 groups, or any national number
/// right after a word like "phone" or "tel" (read as North American). NANP's fictional 555-0100…0199 block is not a finding.
/// </summary>
internal sealed class PhoneNumberRule : DetectionRule
{
    private const int MaxCandidate = 24;
    private static readonly SearchValues<char> Separators = SearchValues.Create(" -.()");
    private static readonly string[] ContextWords = ["phone", "tel", "mobile", "cell", "fax", "call", "sms", "whatsapp", "contact", "handy"];

    public override string Id => "phone-number";

    public override FindingKind Kind => FindingKind.PersonalData;

    public override int Priority => 30;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.DigitRun];

    public override int Lookbehind => 40;

    public override int Lookahead => MaxCandidate + 2;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var start = context.Anchor;
        var international = start > 0 && window[start - 1] == '+';
        var bracketed = start > 0 && window[start - 1] == '(';
        if (international || bracketed)
            start--;
        if (!NumberText.StartsClean(window, start))
            return;

        // Digits and single separators; a bracket may close after digits and be followed by a space.
        var end = start + (international || bracketed ? 1 : 0);
        var digits = 0;
        Span<int> groups = stackalloc int[8];
        var groupCount = 0;
        var separators = 0;
        while (end < window.Length && end - start < MaxCandidate)
        {
            var run = TokenChars.RunLength(window, end, TokenChars.Digits);
            if (run == 0 || groupCount == groups.Length)
                break;
            groups[groupCount++] = run;
            digits += run;
            end += run;
            var sep = end;
            while (sep < window.Length && sep - end < 2 && Separators.Contains(window[sep]) && window[sep] != '(')
                sep++;
            if (sep == end || sep >= window.Length || !char.IsAsciiDigit(window[sep]) || (sep - end == 2 && window[end] != ')'))
                break;
            separators++;
            end = sep;
        }

        if (digits is < 7 or > 15 || !NumberText.EndsClean(window, end))
            return;
        var candidate = window[start..end];
        var hasContext = NumberText.HasContext(window, start, 40, ContextWords);
        if (!international && !hasContext && !LooksNorthAmerican(groups[..groupCount], bracketed, candidate))
            return;
        if (!IsValid(candidate, international) || IsFictional(candidate))
            return;
        context.Report(start, candidate.Length, international || hasContext ? Confidence.High : Confidence.Medium);
    }

    /// <summary>(415) 555-2671, 415-555-2671, 415.555.2671, 1-415-555-2671.</summary>
    private static bool LooksNorthAmerican(ReadOnlySpan<int> groups, bool bracketed, ReadOnlySpan<char> candidate)
    {
        if (groups.Length == 4 && groups[0] == 1)
            groups = groups[1..];
        if (groups.Length != 3 || groups[0] != 3 || groups[1] != 3 || groups[2] != 4)
            return false;
        if (bracketed)
            return true;
        // Without brackets the two separators must agree and be a dash or a dot: "415 555 2671" is too often something else.
        var first = candidate.IndexOfAny('-', '.');
        return first >= 0 && candidate.Count(candidate[first]) == 2 && !candidate.Contains(' ');
    }

    private static bool IsValid(ReadOnlySpan<char> candidate, bool international)
    {
        try
        {
            var number = Numbering.Util.Parse(candidate.ToString(), international ? null : "US");
            return Numbering.Util.IsValidNumber(number);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    private static bool IsFictional(ReadOnlySpan<char> candidate)
    {
        Span<char> digits = stackalloc char[16];
        var n = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c) && n < digits.Length)
                digits[n++] = c;
        }

        var national = digits[..n];
        if (national.Length == 11 && national[0] == '1')
            national = national[1..];
        return national.Length == 10 && national[3..6].SequenceEqual("555") && national[6..8].SequenceEqual("01");
    }

    /// <summary>
    /// libphonenumber's numbering plans, loaded on first use: some 20 ms, which only a candidate written like a phone
    /// number should pay for (a field of the rule itself would load them at the first digit run of any text).
    /// </summary>
    private static class Numbering
    {
        public static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    }
}
