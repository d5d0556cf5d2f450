using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// International bank account numbers: a country code, two check digits and the national part, written compact
/// or in groups of four, whose length is the one registered for the country and whose mod-97 remainder is 1.
/// The anchor is the check digits' run; the country code is the two letters just before it.
/// </summary>
internal sealed class IbanRule : DetectionRule
{
    public override string Id => "iban";

    public override FindingKind Kind => FindingKind.PersonalData;

    public override int Priority => 70;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.DigitRun];

    public override int Lookbehind => 3;

    public override int Lookahead => Iban.MaxLength + Iban.MaxLength / 4 + 2;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var digits = context.Anchor;
        var start = digits - 2;
        if (start < 0 || !char.IsAsciiLetterUpper(window[start]) || !char.IsAsciiLetterUpper(window[start + 1])
            || (start > 0 && (char.IsAsciiLetterOrDigit(window[start - 1]) || window[start - 1] == '_')))
            return;
        var expected = Iban.LengthFor(window.Slice(start, 2));
        if (expected == 0 || digits + 1 >= window.Length || !char.IsAsciiDigit(window[digits + 1]))
            return;
        Span<char> compact = stackalloc char[Iban.MaxLength];
        var count = 0;
        var i = start;
        while (i < window.Length && count < expected)
        {
            var c = window[i];
            if (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            {
                compact[count++] = c;
                i++;
            }
            else if (c == ' ' && count % 4 == 0 && i + 1 < window.Length && char.IsAsciiLetterOrDigit(window[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (count != expected || (i < window.Length && (char.IsAsciiLetterOrDigit(window[i]) || window[i] == '_')))
            return;
        var iban = compact[..count];
        if (Iban.Mod97(iban) != 1 || ExampleValues.Contains(iban))
            return;
        context.Report(start, i - start, Confidence.High);
    }
}
