using System.Globalization;
using System.Text;

namespace Baton.Privacy.Allowing;

/// <summary>
/// Findings the team has looked at and accepted, by fingerprint. The file is plain text, one entry a line:
/// <code>
/// # fingerprint     rule           path (optional, the rest of the line)   # comment
/// 3f2a9c0d1e4b5a67  github-token   tests/fixtures/config.yaml  # revoked test token
/// </code>
/// Without a path an entry accepts the value wherever it occurs. A malformed line is an error naming its line and
/// column, never skipped: a baseline that silently lost entries would turn accepted findings into failures, and one
/// that silently accepted garbage would hide real ones.
/// </summary>
internal sealed class Baseline
{
    public static readonly Baseline Empty = new([]);

    private readonly Dictionary<string, List<BaselineEntry>> _byFingerprint;

    public Baseline(IEnumerable<BaselineEntry> entries)
    {
        Entries = [.. entries];
        _byFingerprint = Entries.GroupBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    public bool Accepts(string fingerprint, string ruleId, string? path)
    {
        if (!_byFingerprint.TryGetValue(fingerprint, out var entries))
            return false;
        var normalized = path?.Replace('\\', '/');
        return entries.Exists(e => e.RuleId == ruleId && (e.Path is null || e.Path == normalized));
    }

    public static async Task<Baseline> LoadAsync(string path, IReadOnlySet<string> knownRules, CancellationToken cancellationToken = default)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotRead(path, e);
        }

        return Parse(text, path, knownRules);
    }

    public static Baseline Parse(string text, string source, IReadOnlySet<string> knownRules)
    {
        var entries = new List<BaselineEntry>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            var comment = CommentStart(line);
            var content = comment < 0 ? line : line[..comment];
            var fields = Fields(content);
            if (fields.Count == 0)
                continue;
            var (fingerprint, fingerprintColumn) = fields[0];
            if (!Fingerprints.IsWellFormed(fingerprint))
                throw BatonErrors.InvalidBaseline(source, lineNumber, fingerprintColumn,
                    $"'{Shorten(fingerprint)}' is not a fingerprint (16 lower-case hex digits, as `baton scan --json` prints them)");
            if (fields.Count < 2)
                throw BatonErrors.InvalidBaseline(source, lineNumber, fingerprintColumn + fingerprint.Length,
                    "the rule id is missing after the fingerprint");
            var (ruleId, ruleColumn) = fields[1];
            if (!knownRules.Contains(ruleId))
                throw BatonErrors.InvalidBaseline(source, lineNumber, ruleColumn,
                    $"unknown rule '{Shorten(ruleId)}'; known rules: {string.Join(", ", knownRules.Order(StringComparer.Ordinal))}");
            string? path = null;
            if (fields.Count > 2)
            {
                // The path is the rest of the line, so it may contain spaces.
                path = content[(fields[2].Column - 1)..].TrimEnd().Replace('\\', '/');
                if (path.StartsWith('/') || (path.Length > 1 && path[1] == ':'))
                    throw BatonErrors.InvalidBaseline(source, lineNumber, fields[2].Column,
                        $"'{Shorten(path)}' is an absolute path; write paths relative to the workspace root, with forward slashes");
            }

            entries.Add(new BaselineEntry(fingerprint, ruleId, path));
        }

        return new Baseline(entries);
    }

    /// <summary>Writes entries in the format <see cref="Parse"/> reads.</summary>
    public static string Format(IEnumerable<BaselineEntry> entries)
    {
        var text = new StringBuilder("# Baton privacy baseline: accepted findings, one per line.\n# fingerprint      rule  [path]  # remark\n");
        foreach (var entry in entries)
            text.Append(CultureInfo.InvariantCulture, $"{entry.Fingerprint}  {entry.RuleId}{(entry.Path is null ? "" : "  " + entry.Path)}\n");
        return text.ToString();
    }

    /// <summary>A '#' at the start of a line or after white space starts a comment; inside a path it does not.</summary>
    private static int CommentStart(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                return i;
        }

        return -1;
    }

    private static List<(string Text, int Column)> Fields(string content)
    {
        var fields = new List<(string, int)>();
        var i = 0;
        while (i < content.Length)
        {
            while (i < content.Length && char.IsWhiteSpace(content[i]))
                i++;
            if (i >= content.Length)
                break;
            var start = i;
            while (i < content.Length && !char.IsWhiteSpace(content[i]))
                i++;
            fields.Add((content[start..i], start + 1));
        }

        return fields;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
