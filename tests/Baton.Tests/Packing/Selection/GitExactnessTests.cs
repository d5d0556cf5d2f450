using Baton.Tests.TestSupport;

namespace Baton.Tests.Packing.Selection;

/// <summary>Hand-written tricky .gitignore set-ups, each checked against the installed git.</summary>
public sealed class GitExactnessTests
{
    private static async Task AssertSameAsGit(GitSandbox sandbox, string? directory = null, bool cached = false)
    {
        var mismatches = await GitOracle.MismatchesAsync(sandbox, directory ?? sandbox.Repo, cached);
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    private static GitSandbox Repo(params (string Path, string Content)[] files)
    {
        var sandbox = new GitSandbox();
        sandbox.InitRepository();
        foreach (var (path, content) in files)
            sandbox.Write("repo/" + path, content);
        return sandbox;
    }

    [Fact]
    public async Task Select_NestedGitignoresAndNegation_MatchesGit()
    {
        using var sandbox = Repo(
            (".gitignore", "*.log\n!keep.log\nbuild/\n"),
            ("a.log", ""), ("keep.log", ""), ("src/main.c", ""), ("src/debug.log", ""),
            ("src/.gitignore", "!debug.log\n*.o\n"), ("src/x.o", ""), ("build/out.txt", ""), ("src/build/y.txt", ""));
        await AssertSameAsGit(sandbox);
    }

    [Fact]
    public async Task Select_ParentFolderExcluded_CannotReincludeFile()
    {
        using var sandbox = Repo(
            (".gitignore", "logs/\n!logs/keep.txt\nout/*\n!out/keep.txt\n"),
            ("logs/keep.txt", ""), ("logs/x.txt", ""), ("out/keep.txt", ""), ("out/x.txt", ""), ("out/deep/keep.txt", ""));
        await AssertSameAsGit(sandbox);
    }

    [Fact]
    public async Task Select_AnchoredAndDoubleStarPatterns_MatchGit()
    {
        using var sandbox = Repo(
            (".gitignore", "/root.txt\ndoc/*.md\n**/tmp\na/**/z\nb/**\n**/c/**/d.txt\n***\n!*/\n!*.keep\n"),
            ("root.txt", ""), ("sub/root.txt", ""), ("doc/a.md", ""), ("doc/x/b.md", ""), ("q/tmp/t", ""), ("tmp", ""),
            ("a/z", ""), ("a/1/2/z", ""), ("b/x", ""), ("b/y/z", ""), ("c/d.txt", ""), ("e/c/f/d.txt", ""), ("x.keep", ""), ("y/z.keep", ""));
        await AssertSameAsGit(sandbox);
    }

    [Fact]
    public async Task Select_EscapesAndTrailingSpaces_MatchGit()
    {
        using var sandbox = Repo(
            (".gitignore", "\\#hash\n#comment\n\\!bang\nsp\\ \ntrailing   \ntab\t\n\\ lead\n x\nstar\\*\nq\\?\n[[]br\n"),
            ("#hash", ""), ("#comment", ""), ("!bang", ""), ("sp ", ""), ("sp", ""), ("trailing", ""), ("trailing   ", ""),
            ("tab\t", ""), ("tab", ""), (" lead", ""), (" x", ""), ("x", ""), ("star*", ""), ("starx", ""), ("q?", ""), ("qq", ""), ("[br", ""));
        await AssertSameAsGit(sandbox);
    }

    [Fact]
    public async Task Select_CharacterClassesAndUtf8Bytes_MatchGit()
    {
        using var sandbox = Repo(
            (".gitignore", "[abc].txt\n[!x]?.log\n[[:digit:]]*\n[[:upper:]][[:lower:]]*\n?.md\n??.rst\n[é].c\n"),
            ("a.txt", ""), ("d.txt", ""), ("ab.log", ""), ("xb.log", ""), ("1file", ""), ("Readme", ""), ("README", ""),
            ("é.md", ""), ("e.md", ""), ("é.rst", ""), ("é.c", ""), ("e.c", ""));
        await AssertSameAsGit(sandbox);
    }

    [Fact]
    public async Task Select_CrlfBomAndNoFinalNewline_MatchGit()
    {
        using var sandbox = Repo(
            (".gitignore", "\uFEFFfirst\r\nsecond \r\n\r\n# c\r\nthird"),
            ("first", ""), ("second", ""), ("third", ""), ("fourth", ""));
        await AssertSameAsGit(sandbox);
    }

    [Fact]
    public async Task Select_InfoExcludeAndGlobalFile_MatchGitPrecedence()
    {
        using var sandbox = Repo((".gitignore", "!from-info.txt\n"), ("from-info.txt", ""), ("from-global.txt", ""), ("both.txt", ""), ("kept.txt", ""));
        sandbox.Write("repo/.git/info/exclude", "from-info.txt\nboth.txt\n!kept.txt\n");
        sandbox.Write("xdg/git/ignore", "from-global.txt\n!both.txt\nkept.txt\n");
        await AssertSameAsGit(sandbox);
    }

    [Fact]
    public async Task Select_CoreExcludesFileWithTilde_ReplacesXdgFile()
    {
        using var sandbox = Repo(("a.txt", ""), ("b.txt", ""));
        sandbox.Write("xdg/git/ignore", "a.txt\n");
        sandbox.Write("home/my-ignores", "b.txt\n");
        sandbox.Git(sandbox.Home, "config", "--file", Path.Combine(sandbox.Home, ".gitconfig"), "core.excludesFile", "~/my-ignores");
        await AssertSameAsGit(sandbox);
        var selected = (await GitOracle.SelectAsync(GitOracle.GitOnly(sandbox, sandbox.Repo))).OfType<Baton.Packing.Selection.SelectedFile>().Select(f => f.Path);
        Assert.Contains("a.txt", selected);
        Assert.DoesNotContain("b.txt", selected);
    }

    [Fact]
    public async Task Select_GlobalFileFromHomeWithoutXdg_MatchGit()
    {
        using var sandbox = new GitSandbox(useXdg: false);
        sandbox.InitRepository();
        sandbox.Write("repo/a.tmp", "");
        sandbox.Write("repo/b.txt", "");
        sandbox.Write("home/.config/git/ignore", "*.tmp\n");
        await AssertSameAsGit(sandbox);
    }

    [Fact]
    public async Task Select_TrackedFilesInsideIgnoredFolder_KeptLikeGit()
    {
        using var sandbox = Repo((".gitignore", "vendor/\n*.gen\n"), ("vendor/lib/kept.c", ""), ("vendor/lib/new.c", ""), ("vendor/other/x.c", ""), ("a.gen", ""), ("b.gen", ""));
        sandbox.Git(sandbox.Repo, "add", "-f", "vendor/lib/kept.c", "a.gen");
        await AssertSameAsGit(sandbox, cached: true);
        var entries = await GitOracle.SelectAsync(GitOracle.GitOnly(sandbox, sandbox.Repo));
        var vendor = Assert.Single(entries.OfType<Baton.Packing.Selection.SkippedPath>(), s => s.Path == "vendor");
        Assert.Contains("tracked files inside are kept", vendor.Detail, StringComparison.Ordinal);
        Assert.True(Assert.Single(entries.OfType<Baton.Packing.Selection.SelectedFile>(), f => f.Path == "a.gen").IsTracked);
    }

    [Fact]
    public async Task Select_SubfolderOfRepository_AppliesAncestorsRules()
    {
        using var sandbox = Repo(
            (".gitignore", "*.o\n/src/gen/\n"), ("src/.gitignore", "!keep.o\nlocal/\n"),
            ("src/app/main.c", ""), ("src/app/main.o", ""), ("src/app/keep.o", ""), ("src/gen/x.c", ""), ("src/app/local/y.c", ""));
        await AssertSameAsGit(sandbox, Path.Combine(sandbox.Repo, "src"));
        await AssertSameAsGit(sandbox, Path.Combine(sandbox.Repo, "src", "app"));
    }

    [Fact]
    public async Task Select_CoreIgnoreCase_MatchesGit()
    {
        using var sandbox = Repo((".gitignore", "*.TXT\nbuild/\n[A-C]*.md\n"), ("a.txt", ""), ("BUILD/x.c", ""), ("b.md", ""), ("B.md", ""), ("z.md", ""));
        sandbox.Git(sandbox.Repo, "config", "core.ignoreCase", "true");
        await AssertSameAsGit(sandbox);
    }

    [Fact]
    public async Task Select_DirectoryOnlyPatternAndSymlink_SymlinkIsNotAFolder()
    {
        using var sandbox = Repo((".gitignore", "linked/\nreal/\n"), ("real/x.c", ""), ("other/y.c", ""));
        File.CreateSymbolicLink(Path.Combine(sandbox.Repo, "linked"), "other");
        var entries = await GitOracle.SelectAsync(GitOracle.GitOnly(sandbox, sandbox.Repo));
        // git lists the symlink itself (dir-only patterns do not match it); Baton reports it as a symlink, not as ignored.
        Assert.Contains("linked", sandbox.ListFiles(sandbox.Repo, cached: false));
        Assert.Equal(Baton.Packing.Selection.SkipReason.Symlink, Assert.Single(entries.OfType<Baton.Packing.Selection.SkippedPath>(), s => s.Path == "linked").Reason);
    }

    [Fact]
    public async Task Select_SymlinkedGitignore_NotReadLikeGit()
    {
        using var sandbox = Repo(("rules.txt", "*.tmp\n"), ("a.tmp", ""), ("b.c", ""));
        File.CreateSymbolicLink(Path.Combine(sandbox.Repo, ".gitignore"), "rules.txt");

        var entries = await GitOracle.SelectAsync(GitOracle.GitOnly(sandbox, sandbox.Repo) with { FollowSymlinks = true });

        Assert.Equal(sandbox.ListFiles(sandbox.Repo, cached: false), new SortedSet<string>(entries.OfType<Baton.Packing.Selection.SelectedFile>().Select(f => f.Path), StringComparer.Ordinal));
        Assert.Contains("a.tmp", sandbox.ListFiles(sandbox.Repo, cached: false));
    }
}
