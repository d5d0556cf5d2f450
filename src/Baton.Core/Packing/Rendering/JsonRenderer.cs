using Baton.Privacy.Boundaries;

namespace Baton.Packing.Rendering;

/// <summary>
/// JSON: <c>{"pack": {…}, "sections": [ {…},\n … {"type": "end", …}\n]}</c>, one section per line. Strings are escaped
/// here rather than by Utf8JsonWriter because each block is built as text, hashed and counted before it is written;
/// the escaping is JSON's own (quote, backslash, control characters; a lone surrogate becomes U+FFFD) and the tests
/// parse every style's output with System.Text.Json.
/// </summary>
internal sealed class JsonRenderer : IPackRenderer
{
    public string Style => "json";

    public string Extension => "json";

    public void Header(TextBuffer output, PackHeader header)
    {
        output.Append("{\"pack\":{\"id\":");
        String(output, header.Id);
        output.Append(",\"target\":");
        String(output, header.Target);
        output.Append(",\"encoding\":");
        String(output, header.Encoding);
        if (header.Commit is not null)
        {
            output.Append(",\"commit\":");
            String(output, header.Commit);
            output.Append(",\"dirty\":").Append(header.Dirty ? "true" : "false");
        }

        output.Append(",\"files\":").Append(header.Files).Append(",\"items\":").Append(header.Items);
        if (header.Parts > 1)
            output.Append(",\"part\":").Append(header.Part).Append(",\"parts\":").Append(header.Parts);
        output.Append("},\"sections\":[\n");
    }

    public void Instructions(TextBuffer output, PrivacyBoundary.Cleared text)
    {
        output.Append("{\"type\":\"instructions\",\"text\":");
        String(output, text.Text);
        output.Append("},\n");
    }

    public void Item(TextBuffer output, ItemFacts facts, PrivacyBoundary.Cleared title, PrivacyBoundary.Cleared body)
    {
        output.Append("{\"type\":\"item\",\"id\":");
        String(output, facts.Id);
        output.Append(",\"kind\":");
        String(output, facts.Kind);
        output.Append(",\"revision\":").Append(facts.Revision).Append(",\"sensitivity\":");
        String(output, facts.Sensitivity);
        output.Append(",\"tags\":[");
        for (var i = 0; i < facts.Tags.Count; i++)
        {
            if (i > 0)
                output.Append(',');
            String(output, facts.Tags[i]);
        }

        output.Append("],\"title\":");
        String(output, title.Text);
        output.Append(",\"body\":");
        String(output, body.Text);
        output.Append("},\n");
    }

    public void Diff(TextBuffer output, string range, PrivacyBoundary.Cleared diff)
    {
        output.Append("{\"type\":\"diff\",\"range\":");
        String(output, range);
        output.Append(",\"diff\":");
        String(output, diff.Text);
        output.Append("},\n");
    }

    public void Log(TextBuffer output, int count, PrivacyBoundary.Cleared log)
    {
        output.Append("{\"type\":\"log\",\"commits\":").Append(count).Append(",\"log\":");
        String(output, log.Text);
        output.Append("},\n");
    }

    public void File(TextBuffer output, string path, PrivacyBoundary.Cleared content, LineSlice? slice, bool lineNumbers)
    {
        output.Append("{\"type\":\"file\",\"path\":");
        String(output, path);
        if (slice is not null)
        {
            output.Append(",\"lines\":{\"start\":").Append(slice.Start + 1).Append(",\"end\":").Append(slice.End)
                .Append(",\"total\":").Append(slice.Total).Append("},\"truncated\":");
            String(output, Blocks.SliceNote(slice));
        }

        output.Append(",\"content\":\"");
        Blocks.AppendLines(output, content.Text, slice, lineNumbers, AppendEscaped);
        output.Append("\"},\n");
    }

    public void Changed(TextBuffer output, string path, string detail)
    {
        output.Append("{\"type\":\"file\",\"path\":");
        String(output, path);
        output.Append(",\"leftOut\":");
        String(output, detail);
        output.Append("},\n");
    }

    public void Footer(TextBuffer output, PackFooter footer)
    {
        output.Append("{\"type\":\"end\",\"contentTokens\":").Append(footer.ContentTokens).Append(",\"dropped\":").Append(footer.Dropped).Append(",\"truncated\":").Append(footer.Truncated)
            .Append(",\"changed\":").Append(footer.Changed).Append(",\"withheld\":").Append(footer.Withheld)
            .Append(",\"redactions\":").Append(footer.Redactions);
        if (footer.Parts > 1)
            output.Append(",\"part\":").Append(footer.Part).Append(",\"parts\":").Append(footer.Parts);
        output.Append("}\n]}\n");
    }

    private static void String(TextBuffer output, string text)
    {
        output.Append('"');
        AppendEscaped(output, text);
        output.Append('"');
    }

    internal static void AppendEscaped(TextBuffer output, ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? escaped;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            escaped = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (escaped is null)
                continue;
            output.Append(text[run..i]).Append(escaped);
            run = i + 1;
        }

        output.Append(text[run..]);
    }
}
