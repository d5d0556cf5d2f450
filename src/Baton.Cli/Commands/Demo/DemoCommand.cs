using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Git;
using Baton.Library;
using Baton.Workspaces;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Demo;

/// <summary>
/// The main job end to end in a throwaway workspace: the seed's scenario as far as Baton has grown.
/// Each step uses the same services as the commands, and prints the command a person would type.
/// </summary>
internal sealed class DemoCommand(CliEnvironment environment) : BatonCommand<DemoCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--dir <DIR>")]
        [Description("Where to create the demo repository (default: a new folder under the system temp folder)")]
        public string? Directory { get; init; }
    }

    private int _step;

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var root = settings.Directory is null
            ? Directory.CreateTempSubdirectory("baton-demo-").FullName
            : Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, settings.Directory));
        var demo = new DemoRepository(root);
        await demo.CreateAsync(cancellationToken);

        Step("A project with a git repository and a Baton workspace", $"cd {root} && baton init");
        var workspace = await WorkspaceInitializer.InitAsync(root, exactFolder: true, cancellationToken);
        await using var store = workspace.OpenStore();
        var library = new ContextLibrary(store, Environment.Time, WorkspaceConfig.Load(workspace.ConfigPath));
        var git = await GitProbe.ReadAsync(root, cancellationToken);
        SourceLabel Person(string name) => SourceCapture.Build(new SourceOverrides { Name = name }, _ => null, git, library.Now());
        SourceLabel Ai(string prompt) => SourceCapture.Build(
            new SourceOverrides { Actor = ActorKind.Ai, Tool = "claude-code", Model = "claude-opus-4", PromptRef = prompt }, _ => null, git, library.Now());
        Detail($"workspace {workspace.Folder} in a repository at commit {git.Commit?[..7]}");

        Step("The team's context: an API spec and coding standards, written by people",
            "baton add doc --title \"Payments API spec\" --tag api-spec --file docs/payments-api.md");
        var spec = await library.AddAsync(new NewItem
        {
            Kind = ItemKind.Doc, Title = "Payments API spec", Body = DemoContent.ApiSpec, Tags = ["api-spec", "payments"],
            Sensitivity = Sensitivity.Internal, Source = Person("Priya (tech lead)"),
        }, cancellationToken);
        var standards = await library.AddAsync(new NewItem
        {
            Kind = ItemKind.Doc, Title = "C# coding standards", Body = DemoContent.CodingStandards, Tags = ["coding-standards"],
            Sensitivity = Sensitivity.Public, Source = Person("Priya (tech lead)"),
        }, cancellationToken);
        await ItemLineAsync(store, spec);
        await ItemLineAsync(store, standards);

        var prompt = await DemoPrompt.RenderAsync(library, Person("Priya (tech lead)"), Step, Detail, cancellationToken);

        Step("The AI writes the endpoint and attaches source-labelled notes on its design choices",
            "BATON_SOURCE_TOOL=claude-code BATON_SOURCE_MODEL=claude-opus-4 baton add note --title \"…\" --file notes.md");
        var notes = await library.AddAsync(new NewItem
        {
            Kind = ItemKind.Note, Title = "Refund endpoint: design choices", Body = DemoContent.DesignNotes, Tags = ["payments", "refunds"],
            Source = Ai(prompt) with { Path = DemoRepository.ControllerPath, Lines = new LineRange(1, 24) },
        }, cancellationToken);
        var decision = await library.AddAsync(new NewItem
        {
            Kind = ItemKind.Decision, Title = "Refunds are idempotent by Idempotency-Key", Body = DemoContent.Decision, Tags = ["payments", "adr"],
            Source = Ai(prompt),
        }, cancellationToken);
        await ItemLineAsync(store, notes);
        await ItemLineAsync(store, decision);
        await library.LinkAsync(notes.Id, LinkType.DerivedFrom, spec.Id, RevisionAuthor.From(notes.Source), cancellationToken);
        await library.LinkAsync(decision.Id, LinkType.RelatesTo, notes.Id, RevisionAuthor.From(decision.Source), cancellationToken);
        Detail($"linked: notes derived-from the spec; decision relates-to the notes");

        Step("The lines the notes talk about, kept as a snippet anchored to the commit",
            $"baton snippet {DemoRepository.ControllerPath}:8-19 --title \"Refund retry loop\"");
        var lines = new LineRange(8, 19);
        var captured = await SnippetCapture.ReadAsync(Path.Combine(root, DemoRepository.ControllerPath), lines, cancellationToken);
        var snippet = await library.AddAsync(new NewItem
        {
            Kind = ItemKind.Snippet, Title = "Refund retry loop", Tags = ["payments"],
            Body = $"```{captured.Language}\n{captured.Text}\n```\n",
            Source = Ai(prompt) with { Path = DemoRepository.ControllerPath, Lines = lines },
            Anchor = new SnippetAnchor(DemoRepository.ControllerPath, lines, git.Commit, captured.ContentHash, captured.Language),
        }, cancellationToken);
        await ItemLineAsync(store, snippet);
        Detail($"anchor {DemoRepository.ControllerPath}:{lines} @ {git.Commit?[..7]} {captured.ContentHash[..19]}…");

        var notesId = await ShortIdAsync(store, notes.Id);
        Step("A person corrects the AI's note: a new revision, nothing overwritten", $"baton edit {notesId} --file notes.md && baton diff {notesId}");
        var edited = await library.EditAsync(notes.Id, new ItemEdit
        {
            Body = notes.Body.Replace("3 attempts", "4 attempts (provider SLA says 4)", StringComparison.Ordinal),
            AddTags = ["reviewed"],
            Author = new RevisionAuthor(ActorKind.Human, "Sam (developer)"),
        }, cancellationToken);
        var revisions = await library.RevisionsAsync(edited.Id, cancellationToken);
        foreach (var line in RevisionDiff.Unified(notesId, revisions[0], revisions[1]).TrimEnd('\n').Split('\n'))
            Detail(line);

        Step("QA searches the library for what matters to them", "baton search retry");
        var hits = await library.SearchAsync("retry", new ItemFilter { Limit = 5 }, cancellationToken);
        var shortIds = await store.ShortIdsAsync(hits.Select(h => h.Item.Id), ItemIds.ShortLength, cancellationToken);
        foreach (var hit in hits)
        {
            var (excerpt, _) = Excerpts.Split(hit.Excerpt);
            Detail($"{shortIds[hit.Item.Id]}  {hit.Item.Kind.Name(),-8} {hit.Item.Title}  [{hit.Item.Source.Summary()}]");
            Detail($"           {excerpt}");
        }

        // The vault's key belongs in the user's data folder, never in the repository; the demo keeps its own apart.
        var keysHome = settings.Directory is null
            ? Directory.CreateTempSubdirectory("baton-demo-keys-").FullName
            : Directory.CreateDirectory(root.TrimEnd(Path.DirectorySeparatorChar) + "-keys").FullName;
        var packId = await DemoPack.RunAsync(library, workspace, keysHome, [edited, decision], new RevisionAuthor(ActorKind.Human, "Sam (developer)"),
            Step, Detail, cancellationToken);

        var handoffRef = await DemoHandoff.RunAsync(library, workspace.ConfigPath, Person("Sam (developer)"), Person("Quinn (QA)"),
            [edited, decision, snippet], packId, Step, Detail, cancellationToken);

        var count = (await library.ListAsync(new ItemFilter { Limit = 1000 }, cancellationToken)).Count;
        Output.Line();
        Output.Line($"Done: {count} items with source labels, {revisions.Count} revisions of the notes, a rendered prompt, a search, a pack for an AI through the privacy boundary, and a handoff to QA with its feedback.");
        Output.Line("Look around (with `baton` installed; else `dotnet run --project src/Baton.Cli --` in its place):");
        Output.Line($"  cd {root}");
        Output.Line("  baton list                       # everything, newest first");
        Output.Line($"  baton show {notesId}              # body, source label, links");
        Output.Line($"  baton show {notesId} --revisions  # history");
        Output.Line("  baton search \"idempotency OR retry\"");
        Output.Line($"  baton pack show {packId[..8]}          # the pack's manifest: files, blob hashes, tokens, redactions");
        Output.Line($"  baton handoff show {handoffRef}            # the handoff, its review and feedback");
        Output.Line("  baton inbox --as \"Sam (developer)\" # what waits for the developer");
        Output.Line("  baton log                        # every change, in order");
        Output.Line($"  (the vault key of this demo is in {keysHome}; use XDG_DATA_HOME={keysHome} to restore there)");
        Output.Line($"Remove it with: rm -rf {root} {keysHome}");
        return ExitCodes.Ok;
    }

    private void Step(string title, string command)
    {
        _step++;
        Output.Line();
        if (Output.Rich)
        {
            Output.Console.Write(new Text($"{_step}. {title}\n", new Style(decoration: Decoration.Bold)));
            Output.Console.Write(new Text($"   $ {command}\n", new Style(Color.Grey)));
        }
        else
        {
            Output.Line($"{_step}. {title}");
            Output.Line($"   $ {command}");
        }
    }

    private void Detail(string text) => Output.Line("   " + text);

    private static async Task<string> ShortIdAsync(Storage.IBatonStore store, string id) =>
        (await store.ShortIdsAsync([id], ItemIds.ShortLength))[id];

    private async Task ItemLineAsync(Storage.IBatonStore store, Item item)
    {
        var shortId = await ShortIdAsync(store, item.Id);
        Detail($"{shortId}  {item.Kind.Name(),-8} {item.Title}  [{item.Source.Summary()}]");
    }
}
