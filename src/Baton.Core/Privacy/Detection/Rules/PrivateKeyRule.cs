using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// PEM and OpenSSH private keys (<c>-----BEGIN … PRIVATE KEY-----</c>, PGP private key blocks). The finding covers
/// the whole block up to its END line, so redaction removes all of it; blocks written inside JSON strings with
/// <c>\n</c> escapes count too. A header with a body of less than <see cref="MinBody"/> base64 characters is
/// documentation (<c>…</c> in place of the key), not a key.
/// </summary>
internal sealed class PrivateKeyRule : DetectionRule
{
    private const string Begin = "-----BEGIN ";
    private const int MinBody = 64;

    public override string Id => "private-key";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 110;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Literal(Begin)];

    public override int Lookahead => MaxLookahead;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var anchor = context.Anchor;
        var labelStart = anchor + Begin.Length;
        var labelEnd = window[labelStart..Math.Min(window.Length, labelStart + 40)].IndexOf("-----", StringComparison.Ordinal);
        if (labelEnd < 0)
            return;
        var label = window.Slice(labelStart, labelEnd);
        if (!label.EndsWith("PRIVATE KEY", StringComparison.Ordinal) && !label.SequenceEqual("PGP PRIVATE KEY BLOCK"))
            return;
        var encrypted = label.StartsWith("ENCRYPTED", StringComparison.Ordinal);
        var i = labelStart + labelEnd + 5;
        var body = 0;
        var bodyStart = -1;
        var bodyEnd = i;
        while (i < window.Length)
        {
            var c = window[i];
            if (TokenChars.Base64.Contains(c) || c == '=')
            {
                var run = i + TokenChars.RunLength(window, i, TokenChars.Base64);
                if (run < window.Length && window[run] == ':')
                {
                    // A header line inside the block (Proc-Type, DEK-Info, Version, Comment).
                    encrypted |= window[i..run].SequenceEqual("Proc-Type");
                    i = SkipLine(window, run);
                    continue;
                }

                if (bodyStart < 0)
                    bodyStart = i;
                body += run - i;
                i = run;
                while (i < window.Length && window[i] == '=')
                    i++;
                bodyEnd = i;
            }
            else if (c is '\r' or '\n' or ' ' or '\t')
            {
                i++;
            }
            else if (c == '\\' && i + 1 < window.Length && window[i + 1] is 'n' or 'r')
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        if (body < MinBody)
            return;
        var end = bodyEnd;
        if (window[i..].StartsWith("-----END ", StringComparison.Ordinal))
        {
            var close = window[(i + 9)..Math.Min(window.Length, i + 9 + 40)].IndexOf("-----", StringComparison.Ordinal);
            if (close >= 0)
                end = i + 9 + close + 5;
        }

        // A key's DER encoding starts with a SEQUENCE ("MI…" in base64), OpenSSH's with "openssh-key-v1".
        var magic = window[bodyStart..].StartsWith("MI", StringComparison.Ordinal) || window[bodyStart..].StartsWith("MH", StringComparison.Ordinal)
            || window[bodyStart..].StartsWith("b3BlbnNzaC1rZXktdjE", StringComparison.Ordinal) || label.StartsWith("PGP", StringComparison.Ordinal);
        context.Report(anchor, end - anchor, encrypted || end == bodyEnd || !magic ? Confidence.Medium : Confidence.High);
    }

    private static int SkipLine(ReadOnlySpan<char> window, int i)
    {
        var newline = window[i..].IndexOfAny('\n', '\\');
        return newline < 0 ? window.Length : i + newline;
    }
}
