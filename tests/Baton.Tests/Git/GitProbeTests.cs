using Baton.Git;
using Baton.Packing.Selection;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Git;

public sealed class GitProbeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public GitProbeTests()
    {
        GitRepo.Init(_temp.Path);
        File.WriteAllText(_temp.Combine("a.txt"), "one\n");
        GitRepo.Commit(_temp.Path, "first");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReadAsync_TwiceInAScope_AsksGitOnce()
    {
        using var scope = GitProbeScope.Begin();

        var first = await GitProbe.ReadAsync(_temp.Path, TestContext.Current.CancellationToken);
        var second = await GitProbe.ReadAsync(_temp.Path + "/", TestContext.Current.CancellationToken);

        Assert.Same(first, second);
        Assert.Equal(3, scope.GitRuns); // rev-parse, config, status
        Assert.Equal("Ada Lovelace <ada@example.com>", first.User);
        Assert.Equal("main", first.Branch);
    }

    [Fact]
    public async Task ReadAsync_OutsideAScope_AsksAgainAndSeesANewCommit()
    {
        var before = await GitProbe.ReadAsync(_temp.Path, TestContext.Current.CancellationToken);
        File.WriteAllText(_temp.Combine("b.txt"), "two\n");
        var commit = GitRepo.Commit(_temp.Path, "second");

        var after = await GitProbe.ReadAsync(_temp.Path, TestContext.Current.CancellationToken);

        Assert.NotEqual(before.Commit, after.Commit);
        Assert.Equal(commit, after.Commit);
    }

    [Fact]
    public async Task ReadAsync_NewScope_AsksAgain()
    {
        using (GitProbeScope.Begin())
            await GitProbe.ReadAsync(_temp.Path, TestContext.Current.CancellationToken);
        File.WriteAllText(_temp.Combine("a.txt"), "changed\n");

        using var scope = GitProbeScope.Begin();
        var git = await GitProbe.ReadAsync(_temp.Path, TestContext.Current.CancellationToken);

        Assert.True(git.Dirty);
        Assert.Equal(3, scope.GitRuns);
    }

    [Fact]
    public async Task ReadUserAsync_OnlyGitConfig_SameUserAsReadAsync()
    {
        using var scope = GitProbeScope.Begin();

        var user = await GitProbe.ReadUserAsync(_temp.Path, TestContext.Current.CancellationToken);
        var runsForUser = scope.GitRuns;
        var full = await GitProbe.ReadAsync(_temp.Path, TestContext.Current.CancellationToken);

        Assert.Equal(1, runsForUser);
        Assert.Equal(GitContext.None with { UserName = full.UserName, UserEmail = full.UserEmail }, user);
        Assert.Equal(3, scope.GitRuns); // the config answer was shared
    }

    [Fact]
    public async Task RuleContextAndFindRoot_AfterReadAsync_ShareItsRevParse()
    {
        using var scope = GitProbeScope.Begin();
        var git = await GitProbe.ReadAsync(_temp.Path, TestContext.Current.CancellationToken);

        var root = await GitProbe.FindRootAsync(_temp.Path, TestContext.Current.CancellationToken);
        var context = await RuleContext.OpenAsync(_temp.Path, _temp.Path, new SelectionOptions { BaseDirectory = _temp.Path }, TestContext.Current.CancellationToken);

        Assert.Equal(git.Root, root);
        Assert.Equal(Path.GetFullPath(git.Root!), context.Root);
        Assert.True(context.IsGitRepository);
        Assert.Equal(1, context.Tracked.Count);
        Assert.Equal(3 + 3, scope.GitRuns); // + core.excludesFile, core.ignoreCase, ls-files
    }

    [Fact]
    public async Task ReadAsync_OutsideGit_UserOnly()
    {
        using var plain = new TempDirectory();

        var git = await GitProbe.ReadAsync(plain.Path, TestContext.Current.CancellationToken);

        Assert.Null(git.Root);
        Assert.Null(git.Commit);
        Assert.Null(await GitProbe.FindRootAsync(plain.Path, TestContext.Current.CancellationToken));
    }
}
