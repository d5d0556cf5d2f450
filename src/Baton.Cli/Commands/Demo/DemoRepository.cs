using Baton.Git;

namespace Baton.Cli.Commands.Demo;

/// <summary>The demo's project: a small git repository with a payments controller, committed.</summary>
internal sealed class DemoRepository(string root)
{
    public const string ControllerPath = "src/Payments/RefundsController.cs";

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            throw BatonErrors.DemoFolderNotEmpty(root);
        Directory.CreateDirectory(Path.Combine(root, "src", "Payments"));
        await File.WriteAllTextAsync(Path.Combine(root, ControllerPath), DemoContent.Controller, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(root, "README.md"), "# Shop\n\nThe payments service.\n", cancellationToken);

        // A repository-local identity, so the demo commits on a machine where git has none configured.
        string[][] steps =
        [
            ["init", "-q", "-b", "main"],
            ["config", "user.name", "Sam (developer)"],
            ["config", "user.email", "sam@example.com"],
            ["config", "commit.gpgsign", "false"],
            ["add", "-A"],
            ["commit", "-q", "-m", "Add refunds endpoint"],
        ];
        foreach (var step in steps)
        {
            if (await GitProbe.RunAsync(root, step, cancellationToken) is null)
                return; // no git here: the demo goes on, and source labels simply carry no commit
        }
    }
}
