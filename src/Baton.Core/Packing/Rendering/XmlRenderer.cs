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
        output.Append(" files=\"").Append(header.Files).Append("\" items=\"").Append(header.Items)
            .Append("\" contentTokens=\"").Append(header.ContentTokens).Append('"');
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
        output.Append("<end dropped=\"").Append(footer.Dropped).Append("\" truncated=\"").Append(footer.Truncated)
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

    /// <summary>Inside CDATA: characters XML cannot hold become U+FFFD, and "]]>" is split across two sections.</summary>
    private static void AppendCData(TextBuffer output, ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (c == '>' && i >= 2 && text[i - 1] == ']' && text[i - 2] == ']')
                replacement = "]]><![CDATA[>";
            else if (IsInvalid(text, ref i))
                replacement = "\uFFFD";
            if (replacement is null)
                continue;
            output.Append(text[run..i]).Append(replacement);
            run = i + 1;
        }

        output.Append(text[run..]);
    }

    /// <summary>Whether the character at <paramref name="i"/> cannot appear in XML; a valid surrogate pair is stepped over.</summary>
    private static bool IsInvalid(ReadOnlySpan<char> text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return false;
        }

        return c is (< ' ' and not '\t' and not '\n' and not '\r') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
    }

    private static int CountInvalid(string text)
    {
        var n = 0;
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (IsInvalid(span, ref i))
                n++;
        }

        return n;
    }

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
