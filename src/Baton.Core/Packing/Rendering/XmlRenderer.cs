using System.Buffers;
using Baton.Privacy.Boundaries;

namespace Baton.Packing.Rendering;

/// <summary>
/// Well-formed XML 1.0: content in CDATA sections (a "]]>" inside is split across two sections), attributes escaped,
/// and characters XML cannot hold at all (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF, lone
/// surrogates) written as U+FFFD, the replacement character; a file holding such characters says how many.
/// </summary>
internal sealed class XmlRenderer : IPackRenderer
{
    private const char Replacement = '\uFFFD';

    public string Style => "xml";

    public string Extension => "xml";

    public void Header(TextBuffer output, PackHeader header)
    {
        output.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        output.Append("<pack id=\"").Append(header.Id).Append("\" target=\"").Append(Attribute(header.Target))
            .Append("\" encoding=\"").Append(header.Encoding).Append('"');
        if (header.Commit is not null)
            output.Append(" commit=\"").Append(header.Commit).Append("\" dirty=\"").Append(header.Dirty ? "true" : "false").Append('"');
        output.Append(" files=\"").Append(header.Files).Append("\" items=\"").Append(header.Items).Append('"');
        if (header.Parts > 1)
            output.Append(" part=\"").Append(header.Part).Append("\" parts=\"").Append(header.Parts).Append('"');
        output.Append(">\n<summary>Context pack for the ").Append(Attribute(header.Target))
            .Append(" target; every text passed its privacy boundary. Manifest: baton pack show ").Append(header.Id).Append("</summary>\n");
    }

    public void Instructions(TextBuffer output, PrivacyBoundary.Cleared text)
    {
        output.Append("<instructions>");
        CData(output, text.Text, null, false);
        output.Append("</instructions>\n");
    }

    public void Item(TextBuffer output, ItemFacts facts, PrivacyBoundary.Cleared title, PrivacyBoundary.Cleared body)
    {
        output.Append("<item id=\"").Append(facts.Id).Append("\" kind=\"").Append(facts.Kind).Append("\" revision=\"").Append(facts.Revision)
            .Append("\" sensitivity=\"").Append(facts.Sensitivity).Append("\" title=\"").Append(Attribute(title.Text)).Append('"');
        if (facts.Tags.Count > 0)
            output.Append(" tags=\"").Append(Attribute(string.Join(",", facts.Tags))).Append('"');
        output.Append('>');
        CData(output, body.Text, null, false);
        output.Append("</item>\n");
    }

    public void Diff(TextBuffer output, string range, PrivacyBoundary.Cleared diff)
    {
        output.Append("<diff range=\"").Append(Attribute(range)).Append("\">");
        CData(output, diff.Text, null, false);
        output.Append("</diff>\n");
    }

    public void Log(TextBuffer output, int count, PrivacyBoundary.Cleared log)
    {
        output.Append("<log commits=\"").Append(count).Append("\">");
        CData(output, log.Text, null, false);
        output.Append("</log>\n");
    }

    public void File(TextBuffer output, string path, PrivacyBoundary.Cleared content, LineSlice? slice, bool lineNumbers)
    {
        output.Append("<file path=\"").Append(Attribute(path)).Append('"');
        var invalid = CountInvalid(content.Text);
        if (invalid > 0)
            output.Append(" replacedCharacters=\"").Append(invalid).Append('"');
        if (slice is not null)
            output.Append(" truncated=\"").Append(Attribute(Blocks.SliceNote(slice))).Append('"');
        output.Append('>');
        CData(output, content.Text, slice, lineNumbers);
        output.Append("</file>\n");
    }

    public void Changed(TextBuffer output, string path, string detail) =>
        output.Append("<file path=\"").Append(Attribute(path)).Append("\" leftOut=\"").Append(Attribute(detail)).Append("\"/>\n");

    public void Footer(TextBuffer output, PackFooter footer)
    {
        output.Append("<end contentTokens=\"").Append(footer.ContentTokens).Append("\" dropped=\"").Append(footer.Dropped).Append("\" truncated=\"").Append(footer.Truncated)
            .Append("\" changed=\"").Append(footer.Changed).Append("\" withheld=\"").Append(footer.Withheld)
            .Append("\" redactions=\"").Append(footer.Redactions).Append('"');
        if (footer.Parts > 1)
            output.Append(" part=\"").Append(footer.Part).Append("\" parts=\"").Append(footer.Parts).Append('"');
        output.Append("/>\n</pack>\n");
    }

    private static void CData(TextBuffer output, string text, LineSlice? slice, bool lineNumbers)
    {
        output.Append("<![CDATA[\n");
        var start = output.Length;
        Blocks.AppendLines(output, text, slice, lineNumbers, AppendCData);
        if (output.Length > start && output[output.Length - 1] != '\n')
            output.Append('\n');
        output.Append("]]>");
    }

    /// <summary>Characters XML 1.0 cannot hold (lone surrogates are found apart, by range).</summary>
    private static readonly SearchValues<char> Invalid = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>
    /// Inside CDATA: characters XML cannot hold become U+FFFD, and "]]>" is split across two sections. Vectorised
    /// searches find the next of each kind; each search runs again only once the text has passed its last hit.
    /// </summary>
    private static void AppendCData(TextBuffer output, ReadOnlySpan<char> text) => Walk(text, output);

    private static int CountInvalid(string text) => Walk(text, null);

    private static int Walk(ReadOnlySpan<char> text, TextBuffer? output)
    {
        var replaced = 0;
        var at = 0;
        int invalid = -2, surrogate = -2, close = -2;
        while (true)
        {
            invalid = Next(invalid, at, text, static rest => rest.IndexOfAny(Invalid));
            surrogate = Next(surrogate, at, text, static rest => rest.IndexOfAnyInRange('\uD800', '\uDFFF'));
            close = output is null ? -1 : Next(close, at, text, static rest => rest.IndexOf("]]>", StringComparison.Ordinal));
            var next = Min(Min(invalid, surrogate), close);
            if (next < 0)
            {
                output?.Append(text[at..]);
                return replaced;
            }

            output?.Append(text[at..next]);
            if (next == close)
            {
                output!.Append("]]]]><![CDATA[>");
                at = next + 3;
            }
            else if (next == surrogate && char.IsHighSurrogate(text[next]) && next + 1 < text.Length && char.IsLowSurrogate(text[next + 1]))
            {
                output?.Append(text.Slice(next, 2));
                at = next + 2;
            }
            else
            {
                output?.Append('\uFFFD');
                replaced++;
                at = next + 1;
            }
        }
    }

    /// <summary>The next hit at or after <paramref name="at"/>: the last one if still ahead, else a new search (-1: none left).</summary>
    private static int Next(int last, int at, ReadOnlySpan<char> text, SpanSearch search)
    {
        if (last == -1 || last >= at)
            return last;
        var found = search(text[at..]);
        return found < 0 ? -1 : at + found;
    }

    private delegate int SpanSearch(ReadOnlySpan<char> rest);

    private static int Min(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    internal static string Attribute(string text)
    {
        var b = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => b.Append("&amp;"),
                '<' => b.Append("&lt;"),
                '>' => b.Append("&gt;"),
                '"' => b.Append("&quot;"),
                '\n' => b.Append("&#10;"),
                '\r' => b.Append("&#13;"),
                '\t' => b.Append("&#9;"),
                < ' ' or '\uFFFE' or '\uFFFF' => b.Append(Replacement),
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => b.Append(c).Append(text[++i]),
                _ when char.IsSurrogate(c) => b.Append(Replacement),
                _ => b.Append(c),
            };
        }

        return b.ToString();
    }
}
