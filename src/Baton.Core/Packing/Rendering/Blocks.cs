namespace Baton.Packing.Rendering;

/// <summary>Helpers shared by the renderers: lines, line numbers, safe display of names.</summary>
internal static class Blocks
{
    /// <summary>Writes text into a block, escaping as a style needs.</summary>
    public delegate void TextWriter(TextBuffer output, ReadOnlySpan<char> text);

    /// <summary>Offsets where each line starts; a final line without '\n' counts, an empty last line after '\n' does not.</summary>
    public static List<int> LineStarts(string text)
    {
        var starts = new List<int>();
        if (text.Length == 0)
            return starts;
        starts.Add(0);
        for (var i = text.IndexOf('\n'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\n', i + 1))
            starts.Add(i + 1);
        return starts;
    }

    public static int LineCount(string text)
    {
        if (text.Length == 0)
            return 0;
        var n = text.AsSpan().Count('\n');
        return text[^1] == '\n' ? n : n + 1;
    }

    /// <summary>The lines [start, end) of <paramref name="text"/>, each prefixed with its number when asked.</summary>
    public static void AppendLines(TextBuffer output, string text, LineSlice? slice, bool lineNumbers, TextWriter? write = null)
    {
        if (slice is null && !lineNumbers)
        {
            Append(output, text, write);
            return;
        }

        var starts = LineStarts(text);
        var (from, to) = slice is null ? (0, starts.Count) : (slice.Start, Math.Min(slice.End, starts.Count));
        var width = (slice?.Total ?? starts.Count).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var line = from; line < to; line++)
        {
            var begin = starts[line];
            var end = line + 1 < starts.Count ? starts[line + 1] : text.Length;
            if (lineNumbers)
                output.Append((line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)).Append(": ");
            Append(output, text.AsSpan(begin, end - begin), write);
        }
    }

    public static void Append(TextBuffer output, ReadOnlySpan<char> text, TextWriter? write)
    {
        if (write is null)
            output.Append(text);
        else
            write(output, text);
    }

    /// <summary>A file name as people can read it on one line: control characters as \n, \t or \u{..}.</summary>
    public static string DisplayPath(string path)
    {
        if (!path.Any(c => char.IsControl(c) || c == '\\'))
            return path;
        var b = new System.Text.StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            _ = c switch
            {
                '\n' => b.Append("\\n"),
                '\t' => b.Append("\\t"),
                '\r' => b.Append("\\r"),
                '\\' => b.Append("\\\\"),
                _ when char.IsControl(c) => b.Append("\\u{").Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append('}'),
                _ => b.Append(c),
            };
        }

        return b.ToString();
    }

    public static string SliceNote(LineSlice slice)
    {
        var kept = slice.End > slice.Start ? $"lines {slice.Start + 1}-{slice.End} of {slice.Total}" : $"no lines of {slice.Total}";
        var rest = slice.Reason == "split"
            ? slice.ContinuedInPart is { } part ? $"continued in part {part}" : "continued from the previous part"
            : $"{slice.Total - (slice.End - slice.Start)} lines left out to fit the token budget";
        return $"truncated: {kept}; {rest}";
    }
}
