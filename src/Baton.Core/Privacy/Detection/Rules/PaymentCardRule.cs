using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Payment card numbers (PANs): 13–19 digits, written bare or in groups separated by one space or dash, whose
/// issuer prefix and length fit a card network (<see cref="CardNetworks"/>) and whose last digit passes Luhn.
/// Grouped numbers, and bare ones next to a word like "card", are reported with high confidence; other bare
/// numbers with low, since long integers in code pass Luhn one time in ten; bare numbers under a key naming an
/// identifier (<c>order_id</c>, <c>invoice</c>) are not findings. Networks' test numbers are not findings.
/// </summary>
internal sealed class PaymentCardRule : DetectionRule
{
    private static readonly string[] ContextWords = ["card", "visa", "mastercard", "amex", "credit", "debit", "pan", "cc_", "ccnum", "payment"];
    private static readonly string[] IdentifierWords = ["_id", "id\"", "id:", "id=", "order", "invoice", "tracking", "trace", "ticket", "serial", "sequence"];

    public override string Id => "payment-card";

    public override FindingKind Kind => FindingKind.PersonalData;

    public override int Priority => 70;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.DigitRun];

    public override int Lookbehind => 40;

    public override int Lookahead => 24;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var start = context.Anchor;
        if (!NumberText.StartsClean(window, start))
            return;
        Span<char> digits = stackalloc char[19];
        var count = 0;
        var groups = 0;
        var separator = '\0';
        var i = start;
        while (i < window.Length)
        {
            var run = TokenChars.RunLength(window, i, TokenChars.Digits);
            if (run == 0 || count + run > 19)
                return;
            window.Slice(i, run).CopyTo(digits[count..]);
            count += run;
            groups++;
            i += run;
            if (i + 1 < window.Length && window[i] is ' ' or '-' && char.IsAsciiDigit(window[i + 1])
                && (separator == '\0' || separator == window[i]) && count < 16 && run >= 4)
            {
                separator = window[i];
                i++;
                continue;
            }

            break;
        }

        if (count < 13 || !NumberText.EndsClean(window, i))
            return;
        var number = digits[..count];
        if (!CardNetworks.Fits(number) || !Luhn.IsValid(number) || ExampleValues.Contains(number) || number.IndexOfAnyExcept(number[0]) < 0)
            return;
        var grouped = groups > 1;
        var named = NumberText.HasContext(window, start, 40, ContextWords);
        // A bare number under a key that names an identifier is one; Luhn passes for one identifier in ten.
        if (!grouped && !named && NumberText.HasContext(window, start, 24, IdentifierWords))
            return;
        var confidence = grouped || named ? Confidence.High : Confidence.Low;
        context.Report(start, i - start, confidence);
    }
}
