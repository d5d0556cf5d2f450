using System.Text;
using Baton.Privacy;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Privacy;

public sealed class PrivacyScannerTests
{
    private const string GitHubToken = "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";
    private const string Email = "dana.ortiz@acme-corp.io";

    [Fact]
    public void Scan_Finding_HasValueSpanLineAndColumn()
    {
        var text = "# config\nname: app\n  GITHUB_TOKEN: \"" + GitHubToken + "\"\n";

        var finding = Assert.Single(PrivacyScanner.Default.Scan(text).Findings);

        Assert.Equal("github-token", finding.RuleId);
        Assert.Equal(FindingKind.Secret, finding.Kind);
        Assert.Equal(Confidence.High, finding.Confidence);
        Assert.Equal(text.IndexOf(GitHubToken, StringComparison.Ordinal), finding.Offset);
        Assert.Equal(GitHubToken.Length, finding.Length);
        Assert.Equal(3, finding.Line);
        Assert.Equal(18, finding.Column);
    }

    [Fact]
    public void Scan_Fingerprint_IsStableAndDependsOnRuleAndValueOnly()
    {
        var first = Assert.Single(PrivacyScanner.Default.Scan("token: " + GitHubToken).Findings);
        var moved = Assert.Single(PrivacyScanner.Default.Scan("\n\n\n    other = 1\n  x = \"" + GitHubToken + "\"").Findings);
        var other = Assert.Single(PrivacyScanner.Default.Scan("email: " + Email).Findings);

        Assert.Equal(first.Fingerprint, moved.Fingerprint);
        Assert.NotEqual(first.Fingerprint, other.Fingerprint);
        // Pinned: a change of the fingerprint scheme would void every baseline, so it must be deliberate.
        Assert.Equal(Fingerprints.Of("github-token", GitHubToken), first.Fingerprint);
        Assert.Equal("22e5d8af3d379ecd", Fingerprints.Of("email", "someone@acme.io"));
        Assert.DoesNotContain(GitHubToken, first.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_OverlappingFindings_KeepsTheMoreSpecificRule()
    {
        var text = "GITHUB_TOKEN=" + GitHubToken + "\nDATABASE_URL=postgres://app:Tq7vLx2pR9w@db.acme.io/orders";

        var rules = PrivacyScanner.Default.Scan(text).Findings.Select(f => f.RuleId);

        Assert.Equal(["github-token", "url-password"], rules);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(4099)]
    public async Task ScanAsync_SmallChunks_FindsExactlyWhatAWholeScanFinds(int chunkChars)
    {
        var text = SampleText(200);
        var whole = PrivacyScanner.Default.Scan(text);

        var streamed = await new PrivacyScanner(chunkChars: chunkChars).ScanAsync(new StringReader(text), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(whole.Findings.Count > 1000);
        Assert.Equal(whole.Findings, streamed.Findings);
        Assert.Equal(text.Length, streamed.CharsScanned);
    }

    [Fact]
    public async Task ScanAsync_SecretAcrossAChunkBoundary_IsFoundOnce()
    {
        var scanner = new PrivacyScanner(chunkChars: 1000);
        foreach (var shift in new[] { 1, 10, 20, 39 })
        {
            // The first chunk's anchors end at 1000 + the engine's look-behind; put the token across that line.
            var boundary = 1000 + PrivacyScanner.Default.Rules.Max(r => r.Lookbehind);
            var text = new string(' ', boundary - shift) + GitHubToken + new string(' ', 40_000);

            var result = await scanner.ScanAsync(new StringReader(text), cancellationToken: TestContext.Current.CancellationToken);

            var finding = Assert.Single(result.Findings);
            Assert.Equal(boundary - shift, finding.Offset);
        }
    }

    [Fact]
    public async Task ScanAsync_BinaryContent_IsSkippedWithTheReason()
    {
        var bytes = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }
            .Concat(Encoding.ASCII.GetBytes("token: " + GitHubToken)).ToArray();

        var result = await PrivacyScanner.Default.ScanAsync(new MemoryStream(bytes), "logo.png", TestContext.Current.CancellationToken);

        Assert.True(result.WasSkipped);
        Assert.Contains("binary", result.SkippedReason, StringComparison.Ordinal);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task ScanAsync_InvalidUtf8_IsCountedAndTheRestIsScanned()
    {
        var bytes = Encoding.ASCII.GetBytes("caf").Concat(new byte[] { 0xE9, 0xFF, (byte)'\n' })
            .Concat(Encoding.ASCII.GetBytes("token: " + GitHubToken + "\n")).ToArray();

        var result = await PrivacyScanner.Default.ScanAsync(new MemoryStream(bytes), "latin1.txt", TestContext.Current.CancellationToken);

        Assert.False(result.WasSkipped);
        Assert.True(result.InvalidUtf8Sequences >= 1);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(2, finding.Line);
        Assert.Equal(8, finding.Column);
    }

    [Fact]
    public async Task ScanAsync_Utf16WithByteOrderMark_IsText()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("mail " + Email)).ToArray();

        var result = await PrivacyScanner.Default.ScanAsync(new MemoryStream(bytes), "notes.txt", TestContext.Current.CancellationToken);

        Assert.Equal("email", Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task ScanFileAsync_SmallAndChunkedFiles_FindWhatAWholeScanFinds()
    {
        using var folder = new TempDirectory();
        var text = SampleText(60);
        var file = folder.Combine("sample.env");
        await File.WriteAllTextAsync(file, text, TestContext.Current.CancellationToken);
        var whole = PrivacyScanner.Default.Scan(text);

        var small = await PrivacyScanner.Default.ScanFileAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        var chunked = await new PrivacyScanner(chunkChars: 5000).ScanFileAsync(file, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(whole.Findings, small.Findings);
        Assert.Equal(whole.Findings, chunked.Findings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ScanFileAsync_BinaryInvalidUtf8AndUtf16Files_AreHandledOnBothPaths(bool chunked)
    {
        using var folder = new TempDirectory();
        var scanner = chunked ? new PrivacyScanner(chunkChars: 16) : PrivacyScanner.Default;
        var binary = folder.Combine("logo.png");
        var latin1 = folder.Combine("latin1.txt");
        var utf16 = folder.Combine("notes.txt");
        await File.WriteAllBytesAsync(binary, [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0x0D], TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(latin1, [.. "caf"u8, 0xE9, (byte)'\n', .. System.Text.Encoding.ASCII.GetBytes("token: " + GitHubToken)], TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(utf16, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("mail " + Email)], TestContext.Current.CancellationToken);

        var binaryResult = await scanner.ScanFileAsync(binary, cancellationToken: TestContext.Current.CancellationToken);
        var latin1Result = await scanner.ScanFileAsync(latin1, cancellationToken: TestContext.Current.CancellationToken);
        var utf16Result = await scanner.ScanFileAsync(utf16, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("binary", binaryResult.SkippedReason, StringComparison.Ordinal);
        Assert.True(latin1Result.InvalidUtf8Sequences >= 1);
        Assert.Equal((2, 8), (Assert.Single(latin1Result.Findings).Line, Assert.Single(latin1Result.Findings).Column));
        Assert.Equal("email", Assert.Single(utf16Result.Findings).RuleId);
    }

    [Fact]
    public async Task ScanFileAsync_MissingFile_IsAClearError()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => PrivacyScanner.Default.ScanFileAsync("/no/such/file.txt", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("cannot read /no/such/file.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanAsync_MinifiedTenMegabyteLine_FindsEveryValueOnLineOne()
    {
        var line = new StringBuilder();
        var expected = new List<long>();
        while (line.Length < 10_000_000)
        {
            line.Append("var a=function(b){return b.map(function(c){return c*2})};");
            if (line.Length % 7 == 0)
            {
                line.Append("k=\"");
                expected.Add(line.Length);
                line.Append(GitHubToken).Append("\";");
            }
        }

        var result = await PrivacyScanner.Default.ScanAsync(new StringReader(line.ToString()), "app.min.js", TestContext.Current.CancellationToken);

        Assert.Equal(expected, result.Findings.Select(f => f.Offset));
        Assert.All(result.Findings, f => Assert.Equal(1, f.Line));
        Assert.Equal(expected[^1] + 1, result.Findings[^1].Column);
    }

    internal static string SampleText(int blocks)
    {
        var text = new StringBuilder();
        for (var i = 0; i < blocks; i++)
        {
            text.Append("# block ").Append(i).Append('\n')
                .Append("GITHUB_TOKEN=").Append(GitHubToken).Append('\n')
                .Append("owner: ").Append(Email).Append(" phone +44 20 7946 1234\n")
                .Append("aws_access_key_id = AKIAQ7Z3LMXW5RB2KD4N\naws_secret_access_key = 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\n")
                .Append("card 4532 0151 1283 0366, iban DE62 3704 0044 0532 0130 01, ip 81.2.69.142 # baton:allow=ip-address\n")
                .Append("DB_PASSWORD=Kx8#mQ2vLp9!\n")
                .Append("-----BEGIN RSA PRIVATE KEY-----\n").Append(string.Concat(Enumerable.Repeat("MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunV\n", 20 + i % 7)))
                .Append("-----END RSA PRIVATE KEY-----\n")
                .Append(new string('x', i * 37 % 900)).Append('\n');
        }

        return text.ToString();
    }
}
