using System.Text;

namespace Baton.Handoffs;

/// <summary>
/// Makes user text safe to place in Markdown: it reads as the same text and can never become structure
/// (headings, lists, links, images, HTML, tables, code) in a pull-request description or an AI tool's context.
/// </summary>
public static class MarkdownText
{
    /// <summary>One line: every ASCII punctuation mark with a Markdown meaning is backslash-escaped, line breaks become spaces.</summary>
    public static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
                builder.Append(' ');
            else if (char.IsControl(c))
                continue;
            else if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '|' or '~' or '&' or '=' or ':' or '"' or '\'')
                builder.Append('\\').Append(c);
            else
                builder.Append(c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>Several lines: each escaped as <see cref="Inline"/>, kept as lines of one paragraph (hard breaks), blank lines as paragraph breaks.</summary>
    public static string Block(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(Inline).ToList();
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines[i]);
            if (i == lines.Count - 1)
                break;
            builder.Append(lines[i].Length == 0 || lines[i + 1].Length == 0 ? "\n" : "\\\n");
        }

        return builder.ToString().Trim('\n');
    }

    /// <summary>Code-like values (commits, ids, paths): in a code span long enough that the value cannot close it.</summary>
    public static string Code(string text)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c))]);
        var fence = new string('`', LongestRun(clean, '`') + 1);
        return clean.Length > 0 && (clean[0] == '`' || clean[^1] == '`') ? $"{fence} {clean} {fence}" : $"{fence}{clean}{fence}";
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
