using Baton.Packing.Selection;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Packing.Selection;

public sealed partial class FileSelectorTests
{
    private static async Task<List<SelectionEntry>> Select(GitSandbox sandbox, string? baseDirectory = null, Func<SelectionOptions, SelectionOptions>? configure = null)
    {
        var options = new SelectionOptions { BaseDirectory = baseDirectory ?? sandbox.Repo, Environment = sandbox.Environment };
        return await GitOracle.SelectAsync(configure is null ? options : configure(options));
    }

    private static List<string> Selected(List<SelectionEntry> entries) => [.. entries.OfType<SelectedFile>().Select(f => f.Path)];

    private static SkippedPath Skipped(List<SelectionEntry> entries, string path) =>
        Assert.Single(entries.OfType<SkippedPath>(), s => s.Path == path);

    private static GitSandbox Repo(params string[] files)
    {
        var sandbox = new GitSandbox();
        sandbox.InitRepository();
        foreach (var file in files)
            sandbox.Write("repo/" + file, "text\n");
        return sandbox;
    }

    [Fact]
    public async Task SelectAsync_DefaultIgnores_LeaveOutDependenciesBuildOutputLocksAndLogs()
    {
        using var sandbox = Repo("src/a.cs", "node_modules/x/index.js", "src/bin/Debug/a.dll", "obj/x.json", "package-lock.json", "app.log", "__pycache__/m.pyc", "dist/app.js");

        var entries = await Select(sandbox);

        Assert.Equal(["src/a.cs"], Selected(entries));
        foreach (var path in new[] { "node_modules", "src/bin", "obj", "package-lock.json", "app.log", "__pycache__", "dist" })
        {
            var skipped = Skipped(entries, path);
            Assert.Equal(SkipReason.DefaultIgnore, skipped.Reason);
            Assert.Equal(DefaultIgnores.Source, skipped.Rule!.Source);
        }
    }

    [Fact]
    public async Task SelectAsync_DefaultIgnoresOff_PacksThem()
    {
        using var sandbox = Repo("node_modules/x/index.js", "app.log");

        var entries = await Select(sandbox, configure: o => o with { UseDefaultIgnores = false });

        Assert.Equal([".git", "app.log", "node_modules/x/index.js"], [.. entries.Select(e => e.Path)]);
    }

    [Fact]
    public async Task SelectAsync_BatonIgnore_AppliesAfterGitAndWinsOverGitAndDefaults()
    {
        using var sandbox = Repo("secrets/key.txt", "gen/api.c", "gen/other.c", "dist/api.d.ts", "dist/x.js", "src/a.c");
        sandbox.Write("repo/.gitignore", "gen/\n");
        sandbox.Write("repo/.batonignore", "secrets/\n!gen/\n!dist/\ndist/x.js\n");

        var entries = await Select(sandbox);

        Assert.Equal([".batonignore", ".gitignore", "dist/api.d.ts", "gen/api.c", "gen/other.c", "src/a.c"], Selected(entries));
        var secrets = Skipped(entries, "secrets");
        Assert.Equal(SkipReason.BatonIgnore, secrets.Reason);
        Assert.Equal(new MatchedRule(IgnoreFileKind.BatonIgnore, ".batonignore", 1, "secrets/"), secrets.Rule);
        Assert.Equal(SkipReason.BatonIgnore, Skipped(entries, "dist/x.js").Reason);
    }

    [Fact]
    public async Task SelectAsync_GitIgnoreOff_IgnoresGitRulesButKeepsGitFolderOut()
    {
        using var sandbox = Repo("a.gen");
        sandbox.Write("repo/.gitignore", "*.gen\n");

        var entries = await Select(sandbox, configure: o => o with { UseGitIgnore = false });

        Assert.Equal([".gitignore", "a.gen"], Selected(entries));
        Assert.Equal(SkipReason.GitDirectory, Skipped(entries, ".git").Reason);
    }

    [Fact]
    public async Task SelectAsync_GitIgnoredFile_ReportsFileLineAndPattern()
    {
        using var sandbox = Repo("src/a.c", "src/a.tmp");
        sandbox.Write("repo/src/.gitignore", "# temp files\n*.tmp\n");

        var skipped = Skipped(await Select(sandbox), "src/a.tmp");

        Assert.Equal(SkipReason.GitIgnore, skipped.Reason);
        Assert.Equal(new MatchedRule(IgnoreFileKind.GitIgnore, "src/.gitignore", 2, "*.tmp"), skipped.Rule);
        Assert.Equal("ignored by src/.gitignore:2 (*.tmp)", skipped.Detail);
    }

    [Fact]
    public async Task SelectAsync_IncludeAndExcludeGlobs_RelativeToBaseFolder()
    {
        using var sandbox = Repo("src/a.cs", "src/a.Designer.cs", "src/deep/b.cs", "src/c.txt", "README.md", "docs/guide.md", "tools/x.cs", "tests/t.cs");

        var entries = await Select(sandbox, configure: o => o with { Include = ["src/**/*.cs", "*.md", "{tools,tests}/"], Exclude = ["*.Designer.cs", "docs/"] });

        Assert.Equal(["README.md", "src/a.cs", "src/deep/b.cs", "tests/t.cs", "tools/x.cs"], Selected(entries));
        Assert.Equal(SkipReason.ExcludedByGlob, Skipped(entries, "docs").Reason);
        Assert.Equal("matches --exclude '*.Designer.cs'", Skipped(entries, "src/a.Designer.cs").Detail);
        Assert.Equal(SkipReason.NotIncluded, Skipped(entries, "src/c.txt").Reason);
    }

    [Theory]
    [InlineData("src/[a", "'[' at position 5 is not closed")]
    [InlineData("{a,b", "'{' at position 1 is not closed")]
    [InlineData("a}", "has no '{'")]
    [InlineData("!x", "cannot be negated")]
    [InlineData("../x", "'..' cannot be used")]
    [InlineData("[[:word:]]", "'[:word:]' is not a character class")]
    [InlineData("a\\", "lone '\\'")]
    [InlineData("", "it is empty")]
    public async Task SelectAsync_InvalidGlob_ClearInputError(string glob, string problem)
    {
        using var sandbox = Repo("a.txt");

        var error = await Assert.ThrowsAsync<BatonException>(() => Select(sandbox, configure: o => o with { Exclude = [glob] }));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.StartsWith($"invalid --exclude glob '{glob}': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectAsync_NamedPaths_TakenAsGivenWhileRulesApplyBelow()
    {
        using var sandbox = Repo("build/gen.c", "build/sub/x.c", "build/sub/x.o", "notes.log", "src/a.c");
        sandbox.Write("repo/.gitignore", "build/\n*.o\n*.log\n");

        var entries = await Select(sandbox, configure: o => o with { Paths = ["build/sub", "notes.log", "src"] });

        Assert.Equal(["build/sub/x.c", "notes.log", "src/a.c"], Selected(entries));
        Assert.Equal(SkipReason.GitIgnore, Skipped(entries, "build/sub/x.o").Reason);
    }

    [Fact]
    public async Task SelectAsync_MissingPath_InputError()
    {
        using var sandbox = Repo("a.txt");

        var error = await Assert.ThrowsAsync<BatonException>(() => Select(sandbox, configure: o => o with { Paths = ["nope"] }));

        Assert.Contains("nothing to pack at nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectAsync_Order_IsGitByteOrder()
    {
        using var sandbox = Repo("a.b", "a/x", "a-c", "B", "é", "z");

        var entries = await Select(sandbox);

        Assert.Equal(["B", "a-c", "a.b", "a/x", "z", "é"], Selected(entries));
        Assert.Equal(Selected(entries), [.. sandbox.ListFiles(sandbox.Repo, cached: false)]);
    }

    [Fact]
    public async Task SelectAsync_NestedRepository_ReportedNotEntered()
    {
        using var sandbox = Repo("a.c", "inner/b.c");
        sandbox.Git(Path.Combine(sandbox.Repo, "inner"), "init", "-q");

        var entries = await Select(sandbox);

        Assert.Equal(["a.c"], Selected(entries));
        Assert.Equal(SkipReason.NestedRepository, Skipped(entries, "inner").Reason);
        Assert.Equal(SkipReason.GitDirectory, Skipped(entries, ".git").Reason);
    }

    [Fact]
    public async Task SelectAsync_OutsideGit_AppliesGitignoreFilesThatExist()
    {
        using var sandbox = new GitSandbox();
        sandbox.Write("repo/.gitignore", "*.tmp\n");
        sandbox.Write("repo/sub/.gitignore", "!keep.tmp\n");
        sandbox.Write("repo/a.tmp", "");
        sandbox.Write("repo/sub/keep.tmp", "");
        sandbox.Write("repo/sub/b.c", "");
        sandbox.Write("xdg/git/ignore", "*.bak\n");
        sandbox.Write("repo/c.bak", "");

        var entries = await Select(sandbox);

        Assert.Equal([".gitignore", "sub/.gitignore", "sub/b.c", "sub/keep.tmp"], Selected(entries));
        Assert.Equal(SkipReason.GitIgnore, Skipped(entries, "c.bak").Reason);
    }
}
