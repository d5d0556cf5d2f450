using System.Text;
using Baton.Privacy.Boundaries;
using Baton.Privacy.Vault;
using Baton.Storage;
using Baton.Storage.Sqlite;
using Baton.Tests.TestSupport;
using Baton.Workspaces;
using Microsoft.Data.Sqlite;

namespace Baton.Tests.Privacy;

/// <summary>The workspace vault behind real boundaries: real SQLite files, real key files in a separate data folder.</summary>
public sealed class PseudonymVaultTests : IDisposable
{
    private const string Token = "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";
    private const string Personal = "Write to dana.ortiz@acme-corp.io or call +44 20 7946 0958.\nCc bob.smith@northwind.co.uk and dana.ortiz@acme-corp.io.\n";

    private readonly BoundaryWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string KeysFolder => _workspace.KeysFolder;

    private string? Variable(string name) => _workspace.Variable(name);

    private SqliteStore OpenStore() => _workspace.OpenStore();

    private Task<PrivacyBoundary> BoundaryAsync(SqliteStore? store = null, string? target = null, WorkspaceConfig? config = null) =>
        PrivacyBoundaries.OpenAsync(store ?? OpenStore(), config ?? WorkspaceConfig.Default, Variable, target, cancellationToken: Ct);

    private async Task<RestoreResult> RestoreAsync(string text, SqliteStore? store = null)
    {
        store ??= OpenStore();
        var vault = await PseudonymVault.OpenExistingAsync(store.Vault, KeysFolder, TimeProvider.System, Ct);
        return await PseudonymVault.RestoreAsync(vault, store.Vault, text, Ct);
    }

    private string KeyPath => Assert.Single(Directory.GetFiles(KeysFolder, "*.key"));

    [Fact]
    public async Task Pass_TwoBoundariesOnTwoConnections_GiveAValueTheSamePlaceholder()
    {
        var first = (await BoundaryAsync()).Pass("from dana.ortiz@acme-corp.io").Text;
        var second = (await BoundaryAsync()).Pass("to bob.smith@northwind.co.uk, from dana.ortiz@acme-corp.io").Text;

        Assert.Equal("from <EMAIL_1>", first);
        Assert.Equal("to <EMAIL_2>, from <EMAIL_1>", second);
    }

    [Fact]
    public async Task Pass_ParallelBoundariesOnSeparateConnections_OnePlaceholderPerValueAndNoSharedNumbers()
    {
        // Eight writers start on an empty vault at once: they race to create the key, bind it and number the values.
        var emails = Enumerable.Range(0, 40).Select(n => $"person{n}@northwind-traders.com").ToList();
        using var start = new Barrier(8);

        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var store = OpenStore();
            start.SignalAndWait(Ct);
            var boundary = await BoundaryAsync(store);
            var mine = emails.Skip(w * 3).Concat(emails.Take(w * 3)).ToList();
            return mine.Select(e => (Email: e, Placeholder: boundary.Pass(e).Text)).ToList();
        }, Ct)));

        var byEmail = runs.SelectMany(r => r).GroupBy(p => p.Email).ToDictionary(g => g.Key, g => g.Select(p => p.Placeholder).Distinct().ToList());
        Assert.All(byEmail.Values, placeholders => Assert.Single(placeholders));
        Assert.Equal(emails.Count, byEmail.Values.Select(p => p[0]).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, emails.Count).Select(n => $"<EMAIL_{n}>").Order(), byEmail.Values.Select(p => p[0]).Order());
        Assert.Single(Directory.GetFiles(KeysFolder));
    }

    [Fact]
    public async Task Restore_TextPassedForExternalAi_GivesTheOriginalBack()
    {
        var boundary = await BoundaryAsync();
        var cleared = boundary.Pass(Personal, "notes.md").Text;
        Assert.DoesNotContain("dana.ortiz", cleared, StringComparison.Ordinal);
        Assert.DoesNotContain("7946", cleared, StringComparison.Ordinal);

        var restored = await RestoreAsync(cleared);

        Assert.Equal(Personal, restored.Text);
        Assert.Equal(4, restored.Restored);
        Assert.Empty(restored.Unknown);
    }

    [Fact]
    public async Task Restore_UnknownPlaceholders_AreLeftAndListed()
    {
        (await BoundaryAsync()).Pass("dana.ortiz@acme-corp.io");

        var restored = await RestoreAsync("<EMAIL_1> and <EMAIL_7>, <IBAN_2>, <email_1>, <EMAIL_0>");

        Assert.Equal("dana.ortiz@acme-corp.io and <EMAIL_7>, <IBAN_2>, <email_1>, <EMAIL_0>", restored.Text);
        Assert.Equal(["<EMAIL_7>", "<IBAN_2>"], restored.Unknown);
    }

    [Fact]
    public async Task Restore_RedactedSecrets_StayRedactedAndAreNeverStored()
    {
        var boundary = await BoundaryAsync();
        var cleared = boundary.Pass($"token: {Token}\nmail dana.ortiz@acme-corp.io\n").Text;

        var restored = await RestoreAsync(cleared);

        Assert.Equal("token: [REDACTED:github-token]\nmail dana.ortiz@acme-corp.io\n", restored.Text);
        Assert.Equal(["email"], ReadColumn("SELECT rule FROM vault_entries"));
    }

    [Fact]
    public async Task Open_KeyFromAnotherMachine_RefusedAndNothingChanges()
    {
        var store = OpenStore();
        var cleared = (await BoundaryAsync(store)).Pass(Personal).Text;
        var other = _workspace.Data.Combine("other.key");
        VaultKeyFile.Create(other, "another-vault");
        File.Copy(other, KeyPath, overwrite: true);
        var keyBefore = File.ReadAllBytes(KeyPath);
        var rowsBefore = ReadColumn("SELECT hex(sealed) FROM vault_entries");

        var onPass = await Assert.ThrowsAsync<BatonException>(() => BoundaryAsync(store));
        var onRestore = await Assert.ThrowsAsync<BatonException>(() => RestoreAsync(cleared, store));

        Assert.Equal(ErrorKind.Environment, onPass.Kind);
        Assert.Contains("is not the one", onPass.Message, StringComparison.Ordinal);
        Assert.Contains(KeyPath, onRestore.Message, StringComparison.Ordinal);
        Assert.Equal(keyBefore, File.ReadAllBytes(KeyPath));
        Assert.Equal(rowsBefore, ReadColumn("SELECT hex(sealed) FROM vault_entries"));
    }

    [Fact]
    public async Task Open_KeyMissingWhileEntriesExist_RefusedAndNoNewKeyIsMade()
    {
        var cleared = (await BoundaryAsync()).Pass(Personal).Text;
        File.Delete(KeyPath);

        var error = await Assert.ThrowsAsync<BatonException>(() => RestoreAsync(cleared));
        await Assert.ThrowsAsync<BatonException>(() => BoundaryAsync());

        Assert.Equal(ErrorKind.Environment, error.Kind);
        Assert.Contains("copy that key file", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(KeysFolder));
    }

    [Fact]
    public async Task Restore_CorruptedCiphertext_FailsWithoutRestoringAnything()
    {
        var cleared = (await BoundaryAsync()).Pass(Personal).Text;
        Execute("UPDATE vault_entries SET sealed = zeroblob(length(sealed)) WHERE label = 'PHONE_NUMBER'");

        var error = await Assert.ThrowsAsync<BatonException>(() => RestoreAsync(cleared));

        Assert.Equal(ErrorKind.Environment, error.Kind);
        Assert.Contains("<PHONE_NUMBER_1>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_EntriesSwappedBetweenPlaceholders_DoNotOpen()
    {
        var cleared = (await BoundaryAsync()).Pass(Personal).Text;
        Execute("UPDATE vault_entries SET number = number + 100 WHERE label = 'EMAIL'; UPDATE vault_entries SET number = 103 - number WHERE label = 'EMAIL'");

        await Assert.ThrowsAsync<BatonException>(() => RestoreAsync(cleared));
    }

    [Fact]
    public async Task KeyFile_FirstUse_IsOwnerOnlyInTheDataFolderAndNeverInTheWorkspace()
    {
        (await BoundaryAsync()).Pass(Personal);

        var key = KeyPath;
        Assert.StartsWith(KeysFolder + Path.DirectorySeparatorChar, key, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(KeysFolder));
        }

        var encoded = File.ReadAllLines(key).Single(l => !l.StartsWith('#'));
        var raw = Convert.FromBase64String(encoded);
        Assert.All(Directory.GetFiles(_workspace.Folder.Path, "*", SearchOption.AllDirectories), file =>
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.AsSpan().IndexOf(raw) >= 0, $"{file} holds the key");
            Assert.False(bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(encoded)) >= 0, $"{file} holds the key");
            Assert.False(bytes.AsSpan().IndexOf("dana.ortiz"u8) >= 0, $"{file} holds a value in clear");
        });
    }

    [Fact]
    public async Task KeyFile_ReadableByOthers_Refused()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        if (OperatingSystem.IsWindows())
            return;
        (await BoundaryAsync()).Pass(Personal);
        File.SetUnixFileMode(KeyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var error = await Assert.ThrowsAsync<BatonException>(() => BoundaryAsync());

        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("not base64 at all\n")]
    [InlineData("AAAA\n")]
    public async Task KeyFile_Malformed_RefusedAndKept(string content)
    {
        (await BoundaryAsync()).Pass(Personal);
        File.WriteAllText(KeyPath, content);

        var error = await Assert.ThrowsAsync<BatonException>(() => BoundaryAsync());

        Assert.Equal(ErrorKind.Environment, error.Kind);
        Assert.Equal(content, File.ReadAllText(KeyPath));
    }

    [Fact]
    public async Task KeyFile_Unreadable_ClearError()
    {
        var store = OpenStore();
        var vaultId = (await store.Vault.GetVaultStateAsync(Ct)).VaultId;
        Directory.CreateDirectory(Path.Combine(KeysFolder, vaultId + ".key"));

        var error = await Assert.ThrowsAsync<BatonException>(() => BoundaryAsync(store));

        Assert.Contains("cannot use the vault key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyFile_CreatedTwice_KeepsTheFirst()
    {
        var path = Path.Combine(KeysFolder, "v.key");
        var first = VaultKeyFile.Create(path, "v");
        var before = File.ReadAllText(path);

        var second = VaultKeyFile.Create(path, "v");

        Assert.Equal(first.Check, second.Check);
        Assert.Equal(before, File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(KeysFolder));
    }

    [Fact]
    public async Task Open_EmptyVaultWhoseKeyWasLost_TakesANewKey()
    {
        await BoundaryAsync(); // binds a key, seals nothing
        File.Delete(KeyPath);

        var cleared = (await BoundaryAsync()).Pass("dana.ortiz@acme-corp.io").Text;

        Assert.Equal("dana.ortiz@acme-corp.io", (await RestoreAsync(cleared)).Text);
    }

    [Fact]
    public async Task Open_TargetThatNeitherPseudonymisesNorHashes_TouchesNoKey()
    {
        var cleared = (await BoundaryAsync(target: "team")).Pass($"{Token} dana.ortiz@acme-corp.io").Text;

        Assert.Equal("[REDACTED:github-token] dana.ortiz@acme-corp.io", cleared);
        Assert.False(Directory.Exists(KeysFolder));
    }

    [Fact]
    public async Task Pass_HashTarget_SameHashAcrossBoundariesAndNotTheUnkeyedFingerprint()
    {
        var config = WorkspaceConfig.Parse("targets:\n  auditors:\n    secrets: hash\n    personal_data: hash\n", "baton.yaml");

        var first = (await BoundaryAsync(target: "auditors", config: config)).Pass(Token).Text;
        var second = (await BoundaryAsync(target: "auditors", config: config)).Pass(Token).Text;

        Assert.Matches("^\\[HASH:[0-9a-f]{16}:github-token\\]$", first);
        Assert.Equal(first, second);
        Assert.DoesNotContain(Baton.Privacy.PrivacyScanner.Default.Scan(Token).Findings[0].Fingerprint, first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_SerialisesWithoutValues()
    {
        var boundary = await BoundaryAsync();
        boundary.Pass($"{Token} dana.ortiz@acme-corp.io");
        boundary.Admit("secrets/prod.env", Baton.Library.Sensitivity.Secret);

        var json = System.Text.Json.JsonSerializer.Serialize(boundary.Report());

        Assert.Contains("\"Sensitivity\":\"secret\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Action\":\"pseudonymise\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("dana", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, json, StringComparison.Ordinal);
    }

    private List<string> ReadColumn(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_workspace.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var r = command.ExecuteReader();
        var values = new List<string>();
        while (r.Read())
            values.Add(r.GetString(0));
        return values;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_workspace.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
