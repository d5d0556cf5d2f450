using Baton.Library;
using Baton.Packing;
using Baton.Privacy.Boundaries;
using Baton.Privacy.Vault;
using Baton.Prompts;
using Baton.Workspaces;

namespace Baton.Cli.Commands.Demo;

/// <summary>
/// The demo's privacy step: the code and the notes go to an AI assistant as one pack through the external-ai
/// boundary (a live key redacted, a customer's address pseudonymised), and the owner restores the AI's answer.
/// </summary>
internal static class DemoPack
{
    /// <summary>Format-valid but fake: what a developer's local settings file tends to hold.</summary>
    private const string Settings = """
        STRIPE_SECRET_KEY=sk_live_51NzQeR4Kx8vLm2Pq7Tw9Yb3Cd6Fg
        REFUND_ESCALATION_CONTACT=dana.whitfield@northwind-traders.com
        """;

    /// <returns>The pack's id.</returns>
    public static async Task<string> RunAsync(
        ContextLibrary library, Workspace workspace, string keysHome, IReadOnlyList<Item> items, RevisionAuthor by,
        Action<string, string> step, Action<string> detail, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(Path.Combine(workspace.Root, "payments.env"), Settings, cancellationToken);
        string? Variable(string name) => name == "XDG_DATA_HOME" ? keysHome : null;
        var config = WorkspaceConfig.Load(workspace.ConfigPath);
        var store = library.Store;

        var shortIds = await store.ShortIdsAsync(items.Select(i => i.Id), ItemIds.ShortLength, cancellationToken);
        step("A pack for the AI assistant: code, settings and notes in one document, exact tokens, through the external-ai boundary",
            $"baton pack src payments.env {string.Join(" ", items.Select(i => "--item " + shortIds[i.Id]))} --budget 8000 --out pack.md");
        var builder = new PackBuilder(library, new PromptService(library), store,
            (target, ct) => PrivacyBoundaries.OpenAsync(store, config, Variable, target, remember: true, cancellationToken: ct), workspace.Root);
        var spec = new PackSpec
        {
            BaseDirectory = workspace.Root,
            Paths = ["src", "payments.env"],
            Items = [.. items.Select(i => i.Id)],
            Budget = 8000,
        };
        var packPath = Path.Combine(workspace.Root, "pack.md");
        using (var output = PackOutput.ToFile(packPath))
        {
            var result = await builder.BuildAsync(spec, output, by, record: true, cancellationToken: cancellationToken);
            var manifest = result.Manifest;
            detail($"pack.md: {manifest.OutputTokens:N0} tokens ({manifest.Spec.Encoding}, counted on the bytes written), " +
                $"{manifest.Files.Count(f => f.Status == "included")} files, {manifest.Items.Count(i => i.Status == "included")} items");
            detail("the boundary treated: " + string.Join(", ", manifest.Boundary.FindingsByRule.Select(r => $"{r.Key} {r.Value}")) +
                " (values never stored; the manifest keeps counts)");
            var text = await File.ReadAllTextAsync(packPath, cancellationToken);
            detail(text.Split('\n').First(l => l.Contains("STRIPE_SECRET_KEY", StringComparison.Ordinal)).Trim());
            detail(text.Split('\n').First(l => l.Contains("REFUND_ESCALATION_CONTACT", StringComparison.Ordinal)).Trim());

            step("The AI's answer names the placeholder; the owner puts the real value back from the encrypted vault",
                "baton restore answer.md");
            var answer = "I will tell <EMAIL_1> that duplicate refunds are fixed once the retry keeps its idempotency key.";
            var vault = await PseudonymVault.OpenExistingAsync(store.Vault, VaultKeyFile.Folder(Variable), TimeProvider.System, cancellationToken);
            var restored = await PseudonymVault.RestoreAsync(vault, store.Vault, answer, cancellationToken);
            detail($"answer:   {answer}");
            detail($"restored: {restored.Text}");
            return manifest.Id;
        }
    }
}
