using Baton.Privacy.Boundaries;

namespace Baton.Packing.Rendering;

/// <summary>
/// Markdown: a heading per file, the content in a fence longer than any run of backticks inside it (so the content
/// cannot close it), paths shown on one line with control characters escaped.
/// </summary>
internal sealed class MarkdownRenderer : IPackRenderer
{
    public string Style => "markdown";

    public string Extension => "md";

    public void Header(TextBuffer output, PackHeader header)
    {
        output.Append("# Context pack ").Append(header.Id).Append('\n').Append('\n');
        output.Append("- target: ").Append(header.Target).Append(" (content passed its privacy boundary)\n");
        output.Append("- encoding: ").Append(header.Encoding).Append('\n');
        if (header.Commit is not null)
            output.Append("- commit: ").Append(header.Commit).Append(header.Dirty ? " (with uncommitted changes)" : "").Append('\n');
        output.Append("- files: ").Append(header.Files).Append(", library items: ").Append(header.Items).Append('\n');
        if (header.Parts > 1)
            output.Append("- part ").Append(header.Part).Append(" of ").Append(header.Parts).Append('\n');
        output.Append("- manifest: `baton pack show ").Append(header.Id).Append("`\n\n");
    }

    public void Instructions(TextBuffer output, PrivacyBoundary.Cleared text)
    {
        output.Append("## Instructions\n\n");
        AppendText(output, text.Text);
        output.Append('\n');
    }

    public void Item(TextBuffer output, ItemFacts facts, PrivacyBoundary.Cleared title, PrivacyBoundary.Cleared body)
    {
        output.Append("## Item ").Append(facts.Id).Append(": ").Append(OneLine(title.Text)).Append('\n').Append('\n');
        output.Append("- kind: ").Append(facts.Kind).Append(", revision: ").Append(facts.Revision)
            .Append(", sensitivity: ").Append(facts.Sensitivity);
        if (facts.Tags.Count > 0)
            output.Append(", tags: ").Append(string.Join(", ", facts.Tags));
        output.Append("\n\n");
        Fenced(output, "markdown", body.Text, null, false);
    }

    public void Diff(TextBuffer output, string range, PrivacyBoundary.Cleared diff)
    {
        output.Append("## Diff ").Append(OneLine(range)).Append("\n\n");
        Fenced(output, "diff", diff.Text, null, false);
    }

    public void Log(TextBuffer output, int count, PrivacyBoundary.Cleared log)
    {
        output.Append("## Recent commits (").Append(count).Append(")\n\n");
        Fenced(output, "text", log.Text, null, false);
    }

    public void File(TextBuffer output, string path, PrivacyBoundary.Cleared content, LineSlice? slice, bool lineNumbers)
    {
        output.Append("## File: ").Append(Blocks.DisplayPath(path)).Append('\n').Append('\n');
        Fenced(output, Language(path), content.Text, slice, lineNumbers);
        if (slice is not null)
            output.Append("*[baton: ").Append(Blocks.SliceNote(slice)).Append("]*\n\n");
    }

    public void Changed(TextBuffer output, string path, string detail) =>
        output.Append("## File: ").Append(Blocks.DisplayPath(path)).Append("\n\n*[baton: left out: ").Append(OneLine(detail)).Append("]*\n\n");

    public void Footer(TextBuffer output, PackFooter footer)
    {
        output.Append("---\n\n*[baton: end of pack ").Append(footer.Id);
        if (footer.Parts > 1)
            output.Append(", part ").Append(footer.Part).Append(" of ").Append(footer.Parts);
        output.Append(". Content tokens: ").Append(footer.ContentTokens).Append(". Left out to fit: ").Append(footer.Dropped).Append(" files and items; truncated: ").Append(footer.Truncated)
            .Append("; changed while packing: ").Append(footer.Changed).Append("; withheld by the boundary: ").Append(footer.Withheld)
            .Append("; values redacted: ").Append(footer.Redactions).Append(".]*\n");
    }

    private static void Fenced(TextBuffer output, string language, string text, LineSlice? slice, bool lineNumbers)
    {
        var fence = new string('`', Math.Max(3, LongestBacktickRun(text) + 1));
        output.Append(fence).Append(language).Append('\n');
        Blocks.AppendLines(output, text, slice, lineNumbers);
        if (output.Length > 0 && output[output.Length - 1] != '\n')
            output.Append('\n');
        output.Append(fence).Append("\n\n");
    }

    private static void AppendText(TextBuffer output, string text)
    {
        output.Append(text);
        if (text.Length == 0 || text[^1] != '\n')
            output.Append('\n');
    }

    internal static int LongestBacktickRun(string text)
    {
        var longest = 0;
        var span = text.AsSpan();
        for (var at = span.IndexOf('`'); at >= 0;)
        {
            var rest = span[at..];
            var run = rest.IndexOfAnyExcept('`');
            run = run < 0 ? rest.Length : run;
            longest = Math.Max(longest, run);
            var next = rest[run..].IndexOf('`');
            at = next < 0 ? -1 : at + run + next;
        }

        return longest;
    }

    private static string OneLine(string text) => Blocks.DisplayPath(text);

    private static string Language(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".cs" => "csharp",
        ".c" or ".h" => "c",
        ".cc" or ".cpp" or ".cxx" or ".hpp" or ".hh" => "cpp",
        ".ts" or ".tsx" => "typescript",
        ".js" or ".mjs" or ".cjs" or ".jsx" => "javascript",
        ".py" => "python",
        ".go" => "go",
        ".rs" => "rust",
        ".java" => "java",
        ".rb" => "ruby",
        ".sh" or ".bash" => "bash",
        ".json" => "json",
        ".yaml" or ".yml" => "yaml",
        ".md" => "markdown",
        ".xml" or ".csproj" or ".props" => "xml",
        ".sql" => "sql",
        ".html" or ".htm" => "html",
        ".css" => "css",
        ".toml" => "toml",
        _ => "",
    };
}
