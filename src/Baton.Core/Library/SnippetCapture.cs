using System.Security.Cryptography;
using System.Text;

namespace Baton.Library;

/// <summary>
/// Reads lines of a file for a snippet and computes its anchor. The content hash is SHA-256 over the lines
/// joined with '\n' (line endings normalised, so a CRLF checkout anchors the same as LF).
/// </summary>
public static class SnippetCapture
{
    public sealed record Captured(string Text, string Language, string ContentHash, int LineCount);

    public static async Task<Captured> ReadAsync(string path, LineRange lines, CancellationToken cancellationToken = default)
    {
        var text = await TextInput.ReadFileAsync(path, cancellationToken);
        var all = text.Split('\n');
        var count = all.Length > 0 && all[^1].Length == 0 ? all.Length - 1 : all.Length;
        if (lines.End > count)
            throw BatonErrors.LinesOutOfRange(path, lines.Start, lines.End, count);
        var selected = all[(lines.Start - 1)..lines.End].Select(l => l.TrimEnd('\r')).ToArray();
        var joined = string.Join('\n', selected);
        return new Captured(joined, LanguageOf(path), Hash(joined), count);
    }

    public static string Hash(string lines) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines)));

    /// <summary>The Markdown fence language for a file name, or "text".</summary>
    public static string LanguageOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".cs" => "csharp",
        ".fs" => "fsharp",
        ".vb" => "vb",
        ".ts" or ".mts" or ".cts" => "typescript",
        ".tsx" => "tsx",
        ".js" or ".mjs" or ".cjs" => "javascript",
        ".jsx" => "jsx",
        ".py" => "python",
        ".rb" => "ruby",
        ".go" => "go",
        ".rs" => "rust",
        ".java" => "java",
        ".kt" or ".kts" => "kotlin",
        ".swift" => "swift",
        ".c" or ".h" => "c",
        ".cc" or ".cpp" or ".cxx" or ".hpp" or ".hh" => "cpp",
        ".php" => "php",
        ".sh" or ".bash" => "bash",
        ".ps1" => "powershell",
        ".sql" => "sql",
        ".json" => "json",
        ".yaml" or ".yml" => "yaml",
        ".toml" => "toml",
        ".xml" or ".csproj" or ".props" or ".targets" => "xml",
        ".html" or ".htm" => "html",
        ".css" => "css",
        ".scss" => "scss",
        ".md" => "markdown",
        ".proto" => "protobuf",
        ".tf" => "hcl",
        _ => Path.GetFileName(path) switch
        {
            "Dockerfile" => "dockerfile",
            "Makefile" => "makefile",
            _ => "text",
        },
    };
}
