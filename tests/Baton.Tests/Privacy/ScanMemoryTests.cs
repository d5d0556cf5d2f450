using Baton.Privacy;
using Baton.Privacy.Allowing;
using Baton.Privacy.Boundaries;
using Baton.Privacy.Detection;
using Baton.Storage.Sqlite;
using Baton.Tests.TestSupport;
using Baton.Workspaces;
using Microsoft.Data.Sqlite;

namespace Baton.Tests.Privacy;

/// <summary>The boundary's memory of texts its scanner passed clean: real SQLite files, real boundaries.</summary>
public sealed class ScanMemoryTests : IDisposable
{
    private const string Clean = "int add(int a, int b) { return a + b; }\n";
    private const string Token = "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";

    private readonly BoundaryWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SqliteStore OpenStore() => _workspace.OpenStore();

    private Task<PrivacyBoundary> BoundaryAsync(bool remember = true) =>
        PrivacyBoundaries.OpenAsync(OpenStore(), WorkspaceConfig.Default, _workspace.Variable, remember: remember, cancellationToken: Ct);

    [Fact]
    public async Task Inspect_TextPassedCleanBySavedBoundary_IsNotScannedAgain()
    {
        var first = await BoundaryAsync();
        Assert.True(first.Inspect(Clean, "a.c").Scan.CharsExamined > 0);
        await first.Memory!.SaveAsync(Ct);

        var second = await BoundaryAsync();
        var inspection = second.Inspect(Clean, "b.c");

        Assert.Equal(0, inspection.Scan.CharsExamined);
        Assert.Equal(Clean, second.Pass(inspection).Text);
        Assert.Equal(0, second.Memory!.Learned);
    }

    [Fact]
    public async Task Inspect_TextWithAFinding_IsScannedEveryTime_ItsTreatedTextIsRememberedClean()
    {
        var text = $"token: {Token}\n";
        var first = await BoundaryAsync();
        Assert.Equal("token: [REDACTED:github-token]\n", first.Pass(text).Text);
        Assert.Equal(1, first.Memory!.Learned); // the redacted text, after its rescan found nothing
        await first.Memory.SaveAsync(Ct);

        var second = await BoundaryAsync();
        var inspection = second.Inspect(text);

        Assert.True(inspection.Scan.CharsExamined > 0);
        Assert.Equal("token: [REDACTED:github-token]\n", second.Pass(inspection).Text);
        Assert.Equal(1, second.Report().FindingsByRule["github-token"]);
        Assert.Equal(0, second.Memory!.Learned);
        Assert.Equal(0, second.Memory.Recalled);
    }

    [Fact]
    public async Task Inspect_WithoutRemember_ScansEveryTime()
    {
        var first = await BoundaryAsync();
        first.Inspect(Clean);
        await first.Memory!.SaveAsync(Ct);

        var forgetful = await BoundaryAsync(remember: false);

        Assert.Null(forgetful.Memory);
        Assert.True(forgetful.Inspect(Clean).Scan.CharsExamined > 0);
    }

    [Fact]
    public async Task Open_OtherScannerBuild_HasItsOwnMemory_AndSavingDropsTheOld()
    {
        var store = OpenStore();
        var other = new PrivacyScanner(PrivacyRules.All.Take(3).ToList());
        Assert.NotEqual(PrivacyScanner.Default.Fingerprint, other.Fingerprint);
        await store.ScanMemory.RememberCleanTextsAsync(other.Fingerprint!, [TextHash.Sha256(Clean)], Ct);

        var memory = (await ScanMemory.OpenAsync(store.ScanMemory, PrivacyScanner.Default, Ct))!;
        Assert.False(memory.Knows(TextHash.Sha256(Clean)));
        memory.Learn(TextHash.Sha256("another text\n"));
        await memory.SaveAsync(Ct);

        Assert.Empty(await store.ScanMemory.FindCleanTextsAsync(other.Fingerprint!, Ct));
        Assert.Single(await store.ScanMemory.FindCleanTextsAsync(PrivacyScanner.Default.Fingerprint!, Ct));
    }

    [Fact]
    public async Task Boundary_WithTheMemoryOfAnotherScanner_IsRefused()
    {
        var other = new PrivacyScanner(PrivacyRules.All.Take(3).ToList());
        var memory = await ScanMemory.OpenAsync(OpenStore().ScanMemory, other, Ct);

        var error = Assert.Throws<ArgumentException>(() => new PrivacyBoundary(PrivacyTargets.ExternalAi, PrivacyScanner.Default, BoundaryOperators.Ephemeral()) { Memory = memory });

        Assert.Contains("another scanner", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_ScannerWithAllowListOrBaseline_IsNull()
    {
        Assert.NotNull(PrivacyScanner.Default.Fingerprint);
        Assert.Null(new PrivacyScanner(baseline: new Baseline([new BaselineEntry("0123456789abcdef", "github-token", null)])).Fingerprint);
        Assert.Null(new PrivacyScanner(new AllowList(["vendor/**"], [])).Fingerprint);
    }
}
