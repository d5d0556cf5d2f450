using System.Text;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Packing.Selection;

/// <summary>
/// One seeded random case for the differential test: a tree of awkward names, .gitignore files at random
/// depths, maybe info/exclude and a global excludes file (by XDG, by HOME, or by core.excludesFile), maybe
/// core.ignoreCase, maybe some tracked files, maybe a subfolder to list from. Patterns come from a grammar
/// of tricky shapes, half of them built from paths that exist so that they actually match something.
/// </summary>
internal sealed class RandomIgnoreCase
{
    private static readonly string[] DirectoryNames = ["a", "b", "build", "sub", "deep", "x y", "d.d", "Foo", "é", "[x]", "#dir", "!dir"];

    private static readonly string[] FileNames =
    [
        "f", "g.txt", "h.log", "a b.txt", "#hash", "!bang", "sp ", "trail  ", ".hidden", "x[1].c", "é.txt", "ü.log",
        "UP.TXT", "q?", "star*", "back\\slash", "ab", "a", "b", "b.c", "main.h", "keep.log", "Makefile", "-dash", "tab\tname", "nl\nname",
    ];

    private static readonly string[] Globs =
    [
        "*", "*.txt", "*.log", "*.[ch]", "?", "??", "???.txt", "[abf]", "[!a]*", "[^x]*", "[a-c]*", "[A-Z]*", "[[:upper:]]*", "[[:space:]]*",
        "*[[:digit:]]*", "[[:alpha:]]", "[[:punct:]]*", "[]]", "[]a]*", "[!]]*", "[a-]*", "[\\]]", "[", "a[", "[[:foo:]]*", "[[:alpha:]",
        "**", "***", "**/", "*/", "a**b", "**/*.txt", "**/b", "*/*", "**/sub/**", "a/**", "**/**/f", "\\#hash", "\\!bang", "#hash",
        "sp\\ ", "sp\\ \\ ", "trail\\ \\ ", "x\\[1\\].c", "star\\*", "q\\?", "back\\\\slash", "é*", "?.txt", "??.txt", "\\", "a\\", "*\\*",
        "*.TXT", "up.txt", "FOO/", "/", "!", "/*", "/**", "/*/", "*/f", "**/a/*", "a/*/f", "/a/b", "sub/", "!sub/", "!*/", "!*.log", "*.log/",
        "build", "/build/", "deep/**/f", "d.d/", "x y/", "x\\ y/", "é/", "\\é.txt", "[é]*", "?\xa9.txt",
    ];

    private readonly Random _random;
    private readonly List<string> _files = [];
    private readonly List<string> _directories = [];

    public RandomIgnoreCase(int seed)
    {
        Seed = seed;
        _random = new Random(seed);
        Grow("", 0);
        foreach (var directory in _directories.Prepend(""))
        {
            if (_random.Next(directory.Length == 0 ? 10 : 3) < (directory.Length == 0 ? 8 : 1))
                IgnoreFiles[directory] = RuleFile(_random.Next(1, 8));
        }

        if (_random.Next(3) == 0)
            InfoExclude = RuleFile(_random.Next(1, 4));
        GlobalMode = _random.Next(4);
        if (GlobalMode != 0)
            GlobalExcludes = RuleFile(_random.Next(1, 4));
        IgnoreCase = _random.Next(7) == 0;
        if (_random.Next(3) == 0)
            Tracked = [.. Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Pick(_files)).Distinct()];
        if (_random.Next(3) == 0 && _directories.Count > 0)
            Subfolder = Pick(_directories);
    }

    public int Seed { get; }

    public IReadOnlyList<string> Files => _files;

    /// <summary>.gitignore contents by folder ("" for the root).</summary>
    public Dictionary<string, string> IgnoreFiles { get; } = new(StringComparer.Ordinal);

    public string? InfoExclude { get; }

    /// <summary>0 none, 1 $XDG_CONFIG_HOME/git/ignore, 2 $HOME/.config/git/ignore (no XDG), 3 core.excludesFile = ~/custom-ignore.</summary>
    public int GlobalMode { get; }

    public string? GlobalExcludes { get; }

    public bool IgnoreCase { get; }

    public IReadOnlyList<string> Tracked { get; } = [];

    public string? Subfolder { get; private set; }

    public GitSandbox Build()
    {
        var sandbox = new GitSandbox(useXdg: GlobalMode != 2);
        sandbox.InitRepository();
        foreach (var file in _files)
            sandbox.Write("repo/" + file, "x\n");
        foreach (var (directory, content) in IgnoreFiles)
            sandbox.Write("repo/" + (directory.Length == 0 ? "" : directory + "/") + ".gitignore", content);
        if (InfoExclude is not null)
            sandbox.Write("repo/.git/info/exclude", InfoExclude);
        switch (GlobalMode)
        {
            case 1:
                sandbox.Write("xdg/git/ignore", GlobalExcludes!);
                break;
            case 2:
                sandbox.Write("home/.config/git/ignore", GlobalExcludes!);
                break;
            case 3:
                sandbox.Write("home/custom-ignore", GlobalExcludes!);
                sandbox.Write("xdg/git/ignore", "*\n"); // shadowed by core.excludesFile: must have no effect
                sandbox.Git(sandbox.Repo, "config", "core.excludesFile", "~/custom-ignore");
                break;
        }

        if (IgnoreCase)
            sandbox.Git(sandbox.Repo, "config", "core.ignoreCase", "true");
        if (Tracked.Count > 0)
            sandbox.Git(sandbox.Repo, ["--literal-pathspecs", "add", "-f", "--", .. Tracked]);

        // Listing from a subfolder is only compared when git does not ignore it (a named folder is taken as given).
        if (Subfolder is not null)
        {
            var prefixes = Subfolder.Split('/').Select((_, i) => string.Join('/', Subfolder.Split('/')[..(i + 1)])).ToList();
            var verdicts = sandbox.CheckIgnore(prefixes);
            if (verdicts.Values.Any(v => v.Length > 0 && !v.Split(':', 3)[2].StartsWith('!')))
                Subfolder = null;
        }

        return sandbox;
    }

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"seed {Seed}: ignoreCase={IgnoreCase} global mode={GlobalMode} subfolder={Subfolder ?? "-"} tracked=[{string.Join(", ", Tracked.Select(GitOracle.Show))}]");
        text.AppendLine("files: " + string.Join(" | ", _files.Select(GitOracle.Show)));
        foreach (var (directory, content) in IgnoreFiles)
            text.AppendLine($"{directory}/.gitignore: {GitOracle.Show(content)}");
        if (InfoExclude is not null)
            text.AppendLine($"info/exclude: {GitOracle.Show(InfoExclude)}");
        if (GlobalExcludes is not null)
            text.AppendLine($"global: {GitOracle.Show(GlobalExcludes)}");
        return text.ToString();
    }

    private void Grow(string directory, int depth)
    {
        var prefix = directory.Length == 0 ? "" : directory + "/";
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = _random.Next(1, 5); i > 0; i--)
        {
            var name = Pick(FileNames);
            if (names.Add(name))
                _files.Add(prefix + name);
        }

        if (depth >= 3)
            return;
        for (var i = _random.Next(0, depth == 0 ? 4 : 3); i > 0; i--)
        {
            var name = Pick(DirectoryNames);
            if (!names.Add(name))
                continue;
            _directories.Add(prefix + name);
            Grow(prefix + name, depth + 1);
        }
    }

    private string RuleFile(int lines)
    {
        var newline = _random.Next(5) == 0 ? "\r\n" : "\n";
        var text = new StringBuilder(_random.Next(10) == 0 ? "\uFEFF" : "");
        for (var i = 0; i < lines; i++)
        {
            text.Append(_random.Next(12) switch
            {
                0 => "# a comment",
                1 => "",
                _ => Pattern(),
            });
            text.Append(newline);
        }

        if (_random.Next(5) == 0)
            text.Length -= newline.Length; // no newline at the end
        return text.ToString();
    }

    private string Pattern()
    {
        var pattern = _random.Next(3) switch
        {
            0 => Pick(Globs),
            1 => Pick(FileNames.Concat(DirectoryNames).Where(n => !n.Contains('\n')).ToList()),
            _ => FromPath(),
        };
        if (_random.Next(4) == 0)
            pattern = "!" + pattern;
        if (_random.Next(6) == 0 && !pattern.EndsWith('/'))
            pattern += "/";
        pattern += _random.Next(10) switch
        {
            0 => " ",
            1 => "  ",
            2 => "\t",
            _ => "",
        };
        return pattern;
    }

    /// <summary>A pattern made from a path that exists, so that anchoring, '*' and '**' get exercised on real hits.</summary>
    private string FromPath()
    {
        var all = _files.Concat(_directories).Where(p => !p.Contains('\n')).ToList();
        var segments = Pick(all).Split('/');
        var start = _random.Next(segments.Length);
        var chosen = segments[start..].ToArray();
        if (_random.Next(3) == 0)
            chosen[_random.Next(chosen.Length)] = Pick(["*", "?", "**", "*" + chosen[^1][^1..], "[a-z]*"]);
        var path = string.Join('/', chosen);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && _random.Next(3) == 0)
            path = path[..slash] + Pick(["?", "*", "[/]", "[!a]", "**", "*/*", "[[:punct:]]"]) + path[(slash + 1)..]; // wildcards must not cross '/'
        return _random.Next(5) switch
        {
            0 => "/" + path,
            1 => "**/" + path,
            2 => path + "/**",
            3 when chosen.Length > 1 => chosen[0] + "/**/" + chosen[^1],
            _ => path,
        };
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
