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
}
