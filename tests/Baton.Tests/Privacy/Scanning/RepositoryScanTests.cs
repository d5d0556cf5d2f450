using Baton.Privacy;
using Baton.Privacy.Detection;
using Baton.Privacy.Scanning;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Privacy.Scanning;

public sealed class RepositoryScanTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private ScanRequest Request(int parallelism = 2) => new()
    {
        BaseDirectory = _temp.Path,
        Root = _temp.Path,
        Scanner = PrivacyScanner.Default,
        MaxParallelism = parallelism,
    };

    [Fact]
    public async Task RunAsync_ManyFilesInParallel_ResultsInGitOrder()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"d{i % 7}/f{i:D3}.txt").ToList();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_temp.Combine(name))!);
            // Different sizes, so files finish out of order.
            await File.WriteAllTextAsync(_temp.Combine(name), $"t={FakeSecrets.GitHubToken(i)}\n" + new string('x', (200 - i) * 500), TestContext.Current.CancellationToken);
        }

        var files = await RepositoryScan.RunAsync(Request(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(names.Order(StringComparer.Ordinal), files.Select(f => f.Path));
        Assert.All(files, f => Assert.Equal("github-token", Assert.Single(f.Findings).Finding.RuleId));
    }

    [Fact]
    public async Task RunAsync_FileVanishesBeforeItIsRead_ReportedUnreadable()
    {
        await File.WriteAllTextAsync(_temp.Combine("a.txt"), "a\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(_temp.Combine("b.txt"), "b\n", TestContext.Current.CancellationToken);

        // One at a time: b.txt is listed with a.txt but inspected only after a.txt is done, and by then it is gone.
        var files = await RepositoryScan.RunAsync(Request(parallelism: 1), file =>
        {
            if (file.Path == "a.txt")
                File.Delete(_temp.Combine("b.txt"));
        }, TestContext.Current.CancellationToken);

        var b = Assert.Single(files, f => f.Path == "b.txt");
        Assert.Equal(ScanSkip.Unreadable, b.Skip!.Reason);
        Assert.Contains("disappeared", b.Skip.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Utf16WithoutBom_IsScannedAsText()
    {
        var token = FakeSecrets.GitHubToken(7);
        await File.WriteAllBytesAsync(_temp.Combine("utf16.txt"), System.Text.Encoding.Unicode.GetBytes($"token = {token}\nmore text here\n"), TestContext.Current.CancellationToken);

        var file = Assert.Single(await RepositoryScan.RunAsync(Request(), cancellationToken: TestContext.Current.CancellationToken));

        var finding = Assert.Single(file.Findings);
        Assert.Equal(9, finding.Finding.Column);
        Assert.Equal("ghp_****", finding.Preview);
    }

    [Fact]
    public void RuleDescriptions_CoverEveryRuleId()
    {
        Assert.Equal(PrivacyRules.Ids.Order(StringComparer.Ordinal), RuleDescriptions.All.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(9, 1)]
    [InlineData(11, 2)]
    [InlineData(20, 4)]
    [InlineData(200, 4)]
    public void FindingText_ShowsAtMostAFifthAndFourCharacters(int length, int shown) =>
        Assert.Equal(shown, FindingText.ShownLength(length));
}
