using Baton.Cli.Commands;
using Baton.Cli.Commands.Audit;
using Baton.Cli.Commands.Feedback;
using Baton.Cli.Commands.Handoffs;
using Baton.Cli.Commands.Hooks;
using Baton.Cli.Commands.Packs;
using Baton.Cli.Commands.Prompts;
using Baton.Cli.Commands.Reviews;
using Baton.Cli.Commands.Scan;
using Baton.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli;

/// <summary>
/// The command tree of <c>baton</c> and the one place where failures become a line on stderr and an exit
/// code: <see cref="BatonException"/> by its kind, command-line mistakes with 2, anything else with 1
/// (the stack only with --verbose).
/// </summary>
internal static class BatonApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("baton");
            config.SetApplicationVersion(typeof(BatonApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            config.ConfigureConsole(AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(environment.Out),
                Ansi = environment.OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = environment.OutputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            }));
            config.Settings.Registrar.RegisterInstance(environment);
            config.PropagateExceptions();
            config.CaseSensitivity(CaseSensitivity.None);
            config.UseStrictParsing();
            Register(config);
        });

        try
        {
            return await app.RunAsync(PackHelp(StdinArgument.Protect(args)), cancellationToken);
        }
        catch (BatonException e)
        {
            return Fail(environment, args, e, e.Message, ExitCodes.For(e.Kind));
        }
        catch (CommandParseException e)
        {
            return Fail(environment, args, e, $"{e.Message.TrimEnd('.')}; see `baton {Verb(args)}--help`", ExitCodes.Usage);
        }
        catch (CommandRuntimeException e)
        {
            return Fail(environment, args, e, e.Message, ExitCodes.Usage);
        }
        catch (System.Data.Common.DbException e)
        {
            // Writes and opening translate these in the store; a damaged page met while reading surfaces here.
            return Fail(environment, args, e, BatonErrors.DatabaseFailed(e.Message).Message, ExitCodes.Usage);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            environment.Error.Write("baton: interrupted\n");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            return Fail(environment, args, e, $"internal error: {e.Message} (this is a bug; rerun with --verbose and report the output)", ExitCodes.Failed);
        }
    }

    private static int Fail(CliEnvironment environment, string[] args, Exception e, string message, int code)
    {
        environment.Error.Write($"baton: {message}\n");
        if (args.Contains("--verbose", StringComparer.OrdinalIgnoreCase))
            environment.Error.Write(e + "\n");
        return code;
    }

    /// <summary>`baton pack --help` is about building a pack (the default command), not the branch's list of subcommands.</summary>
    private static string[] PackHelp(string[] args) =>
        args.Length >= 2 && args[0] == "pack" && args.Skip(1).Any(a => a is "-h" or "--help" or "-?")
            && args[1] is not ("build" or "list" or "ls" or "show" or "rebuild")
            ? ["pack", "build", .. args[1..]]
            : args;

    private static string Verb(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') ? args[0] + " " : "";

    private static void Register(IConfigurator config)
    {
        config.AddCommand<InitCommand>("init")
            .WithDescription("Create a workspace (.baton/ at the git root, or here outside git)")
            .WithExample("init")
            .WithExample("init", "--here");
        config.AddCommand<AddCommand>("add")
            .WithDescription("Add a note, decision, doc or snippet to the library")
            .WithExample("add", "note", "--title", "\"Why we retry 3 times\"", "--body", "\"The payments API rate-limits bursts…\"", "--tag", "payments")
            .WithExample("add", "decision", "--title", "\"Use SQLite by default\"", "--file", "adr-001.md", "--sensitivity", "public")
            .WithExample("add", "note", "--title", "\"Design notes\"", "--actor", "ai", "--source-tool", "claude-code", "--source-model", "claude-opus-4")
            .WithExample("add", "doc", "--title", "\"API spec\"", "--tag", "api-spec", "<", "openapi.md");
        config.AddCommand<SnippetCommand>("snippet")
            .WithDescription("Store lines of a file as a snippet, anchored to the commit and a hash of the lines")
            .WithExample("snippet", "src/Payments/RetryPolicy.cs:10-40")
            .WithExample("snippet", "src/Api.cs:5-25", "--title", "\"Endpoint skeleton\"", "--tag", "api");
        config.AddCommand<ShowCommand>("show")
            .WithDescription("Show an item: body, source label, links; or its revisions")
            .WithExample("show", "01kmz3ab")
            .WithExample("show", "01kmz3ab", "--revisions")
            .WithExample("show", "01kmz3ab", "--revision", "2")
            .WithExample("show", "01kmz3ab", "--json");
        config.AddCommand<DiffCommand>("diff")
            .WithDescription("Show what changed between two revisions of an item (default: the last edit)")
            .WithExample("diff", "01kmz3ab")
            .WithExample("diff", "01kmz3ab", "1", "3");
        config.AddCommand<ListCommand>("list")
            .WithAlias("ls")
            .WithDescription("List items, most recently changed first, with filters")
            .WithExample("list")
            .WithExample("list", "--kind", "decision", "--tag", "payments")
            .WithExample("list", "--actor", "ai", "--since", "7d", "--json");
        config.AddCommand<SearchCommand>("search")
            .WithDescription("Full-text search over titles, bodies and tags, best match first")
            .WithExample("search", "retry")
            .WithExample("search", "\"rate limit\"", "--kind", "decision")
            .WithExample("search", "\"auth* AND (token OR session)\"", "--source-tool", "claude-code", "--limit", "5")
            .WithExample("search", "title:migration", "--since", "30d", "--json");
        config.AddCommand<EditCommand>("edit")
            .WithDescription("Change an item; every edit is a new revision")
            .WithExample("edit", "01kmz3ab", "--title", "\"Retry 3 times, then queue\"")
            .WithExample("edit", "01kmz3ab", "--file", "notes.md", "--add-tag", "reviewed")
            .WithExample("edit", "01kmz3ab");
        config.AddCommand<LinkCommand>("link")
            .WithDescription("Link two items with a typed relation (relates-to, derived-from, supersedes, depends-on, implements, references, answers)")
            .WithExample("link", "01kmz3ab", "derived-from", "01kmz4cd")
            .WithExample("link", "01kmz3ab", "supersedes", "01kmz2xy", "--remove");
        config.AddCommand<ArchiveCommand>("archive")
            .WithDescription("Archive an item: hidden from list and search, kept with its history")
            .WithExample("archive", "01kmz3ab");
        config.AddCommand<UnarchiveCommand>("unarchive")
            .WithDescription("Bring an archived item back")
            .WithExample("unarchive", "01kmz3ab");
        config.AddCommand<DeleteCommand>("delete")
            .WithDescription("Delete an item and its history for good (asks first; the event log records it)")
            .WithExample("delete", "01kmz3ab")
            .WithExample("delete", "01kmz3ab", "--yes");
        config.AddCommand<LogCommand>("log")
            .WithDescription("Show the event log, or the events of one item or handoff; --verify checks its hash chain")
            .WithExample("log")
            .WithExample("log", "01kmz3ab")
            .WithExample("log", "H-3")
            .WithExample("log", "--verify");
        config.AddCommand<Commands.Demo.DemoCommand>("demo")
            .WithDescription("Walk through Baton's main job in a throwaway repository and workspace, and say where to look")
            .WithExample("demo")
            .WithExample("demo", "--dir", "/tmp/baton-tour");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Write items as Markdown files with YAML front matter, one per item (DIR/<kind>/<title>-<id>.md), through the privacy boundary of --target (local: unchanged, findings reported)")
            .WithExample("export", "backup")
            .WithExample("export", "for-review", "--target", "team")
            .WithExample("export", "docs/decisions", "--kind", "decision", "--tag", "adr")
            .WithExample("export", "backup", "--archived", "--json");
        config.AddCommand<ImportCommand>("import")
            .WithDescription("Read items back from a folder written by `baton export`; all files are checked before anything is written")
            .WithExample("import", "backup")
            .WithExample("import", "backup", "--dry-run");
        config.AddCommand<ScanCommand>("scan")
            .WithDescription("Find secrets and personal data in files, in staged changes or in a diff; exit 1 when there are findings (no workspace needed)")
            .WithExample("scan")
            .WithExample("scan", "src", "config/app.yaml", "--no-personal-data")
            .WithExample("scan", "--staged")
            .WithExample("scan", "--diff", "origin/main...HEAD", "--sarif", ">", "baton.sarif")
            .WithExample("scan", "--commits", "origin/main..HEAD")
            .WithExample("scan", "--json", "--min-confidence", "medium")
            .WithExample("scan", "--write-baseline", ".baton/privacy-baseline.txt");
        config.AddBranch("hooks", hooks =>
        {
            hooks.SetDescription("Git hooks that run Baton: a pre-commit hook that stops commits holding secrets");
            hooks.AddCommand<HooksInstallCommand>("install")
                .WithDescription("Install a git pre-commit hook that runs `baton scan --staged` and stops commits with findings (honours core.hooksPath)")
                .WithExample("hooks", "install")
                .WithExample("hooks", "install", "--force");
            hooks.AddCommand<HooksUninstallCommand>("uninstall")
                .WithDescription("Remove Baton's pre-commit hook (another hook is left alone; one replaced with --force is put back)")
                .WithExample("hooks", "uninstall");
        });
        config.AddCommand<McpCommand>("mcp")
            .WithDescription("Serve the library to AI assistants over MCP on stdio (Claude Code, Codex, Cursor, VS Code); every answer passes the privacy boundary")
            .WithExample("mcp")
            .WithExample("mcp", "--workspace", "~/src/shop")
            .WithExample("mcp", "--target", "team", "--verbose");
        config.AddCommand<TargetsCommand>("targets")
            .WithDescription("List the privacy targets content can be sent to, and what each lets through (see docs/privacy.md)")
            .WithExample("targets")
            .WithExample("targets", "--json");
        config.AddCommand<RedactCommand>("redact")
            .WithDescription("Pass a text through a target's privacy boundary and print what may reach it (secrets redacted, personal data pseudonymised)")
            .WithExample("redact", "notes.md")
            .WithExample("redact", "incident.log", "--target", "team", "--out", "incident.shared.log")
            .WithExample("redact", "-", "--json", "<", "notes.md");
        config.AddCommand<RestoreCommand>("restore")
            .WithDescription("Put the real values back into an AI's answer: <EMAIL_3> becomes the address it stands for")
            .WithExample("restore", "answer.md")
            .WithExample("restore", "answer.md", "--out", "answer.restored.md")
            .WithExample("restore", "-", "<", "answer.md");
        config.AddBranch("vault", vault =>
        {
            vault.SetDescription("The workspace's pseudonym vault: which placeholder stands for which value (see docs/privacy.md)");
            vault.AddCommand<Commands.Vault.VaultStatusCommand>("status")
                .WithDescription("Show the vault's size, its key file and whether that key opens it (exit 1 if not)")
                .WithExample("vault", "status")
                .WithExample("vault", "status", "--json");
            vault.AddCommand<Commands.Vault.VaultForgetCommand>("forget")
                .WithDescription("Drop every pseudonym and unbind the key, when the key is lost for good (asks first)")
                .WithExample("vault", "forget")
                .WithExample("vault", "forget", "--yes");
        });
        config.AddBranch("pack", pack =>
        {
            pack.SetDescription("Build a context pack: files, diff, log and library items in one document for an AI tool or a person, with exact token counts, fitted to a budget, recorded for rebuilds (see docs/packs.md)");
            pack.SetDefaultCommand<PackCommand>();
            pack.AddCommand<PackCommand>("build")
                .WithDescription("Build a pack (what `baton pack` does; `baton pack --help` shows its options)")
                .WithExample("pack")
                .WithExample("pack", "src", "--include", "'**/*.cs'", "--out", "pack.md")
                .WithExample("pack", "--diff", "main", "--item", "01kmz3ab", "--budget", "100000", "--style", "xml", "--out", "review.xml")
                .WithExample("pack", ".", "--split", "120000", "--out", "pack.md", "--top", "10")
                .WithExample("pack", "src", "--query", "\"retry policy\"", "--prompt", "review-endpoint@production", "--out", "pack.md")
                .WithExample("pack", "--target", "team", "--encoding", "cl100k_base", "--line-numbers", "--tree", "--out", "pack.md")
                .WithExample("pack", "build", "list", "--out", "pack.md");
            pack.AddCommand<PackListCommand>("list")
                .WithAlias("ls")
                .WithDescription("List recorded packs, newest first")
                .WithExample("pack", "list")
                .WithExample("pack", "list", "--json");
            pack.AddCommand<PackShowCommand>("show")
                .WithDescription("Show a pack's manifest: spec, commit, files with blob hashes and tokens, items, redactions")
                .WithExample("pack", "show", "01kmz3ab")
                .WithExample("pack", "show", "01kmz3ab", "--json");
            pack.AddCommand<PackRebuildCommand>("rebuild")
                .WithDescription("Build a recorded pack again; exit 0 when the bytes are identical, else 1 with what changed")
                .WithExample("pack", "rebuild", "01kmz3ab", "--out", "pack.md");
        });
        config.AddBranch("prompt", prompt =>
        {
            prompt.SetDescription("Versioned Liquid prompt templates that can pull library items in (see docs/prompts.md)");
            prompt.AddCommand<PromptAddCommand>("add")
                .WithDescription("Check a template (YAML front matter + Liquid) and store it as the prompt's next version")
                .WithExample("prompt", "add", "review-endpoint", "--file", "prompts/review-endpoint.md")
                .WithExample("prompt", "add", "summarise-diff", "<", "summarise.md");
            prompt.AddCommand<PromptRenderCommand>("render")
                .WithDescription("Render a version of a prompt with variable values, through the privacy boundary of --target (external-ai by default); the text goes to stdout")
                .WithExample("prompt", "render", "review-endpoint", "--var", "endpoint=\"POST /payments\"")
                .WithExample("prompt", "render", "review-endpoint", "--var", "endpoint=\"POST /payments\"", "--target", "team")
                .WithExample("prompt", "render", "review-endpoint", "--label", "production", "--var-file", "vars.yaml", "--out", "prompt.txt")
                .WithExample("prompt", "render", "review-endpoint", "--version", "2", "--var", "endpoint=\"GET /refunds\"", "--json");
            prompt.AddCommand<PromptShowCommand>("show")
                .WithDescription("Show a version of a prompt: its declarations and template")
                .WithExample("prompt", "show", "review-endpoint")
                .WithExample("prompt", "show", "review-endpoint", "--label", "production", "--raw");
            prompt.AddCommand<PromptVersionsCommand>("versions")
                .WithDescription("List a prompt's versions with time, author and labels")
                .WithExample("prompt", "versions", "review-endpoint");
            prompt.AddCommand<PromptLabelCommand>("label")
                .WithDescription("Point a label (production, canary, …) at a version; latest always means the newest")
                .WithExample("prompt", "label", "review-endpoint", "2", "production");
            prompt.AddCommand<PromptListCommand>("list")
                .WithAlias("ls")
                .WithDescription("List the prompts with their latest version and labels")
                .WithExample("prompt", "list");
        });

        RegisterHandoffs(config);
    }

    private static void RegisterHandoffs(IConfigurator config)
    {
        config.AddBranch("handoff", handoff =>
        {
            handoff.SetDescription("Structured handoffs between people and AI tools: intent, criteria, version refs, states, review gates (see docs/handoffs.md)");
            handoff.AddCommand<HandoffCreateCommand>("create")
                .WithDescription("Create a handoff from a template and options or a YAML/JSON file; asks for missing required fields on a terminal")
                .WithExample("handoff", "create", "--template", "dev-to-qa", "--title", "\"Retry payments safely\"", "--intent", "\"Test the retry path\"", "--criterion", "\"A retried payment charges once\"")
                .WithExample("handoff", "create", "--template", "dev-to-ai", "--to", "claude-code", "--from-file", "handoff.yaml")
                .WithExample("handoff", "create", "--from-file", "handoff.json", "--open", "--json");
            handoff.AddCommand<HandoffListCommand>("list")
                .WithAlias("ls")
                .WithDescription("List handoffs, newest first")
                .WithExample("handoff", "list")
                .WithExample("handoff", "list", "--state", "open", "--to", "qa", "--json");
            handoff.AddCommand<HandoffShowCommand>("show")
                .WithDescription("Show a handoff with its reviews and what its next step waits for; --json prints the schema document, --markdown a PR description")
                .WithExample("handoff", "show", "H-3")
                .WithExample("handoff", "show", "H-3", "--markdown")
                .WithExample("handoff", "show", "H-3", "--json");
            handoff.AddCommand<HandoffUpdateCommand>("update")
                .WithDescription("Change a handoff's head commit, pack, receiver, due date, items or labels; a new head or pack dismisses approvals")
                .WithExample("handoff", "update", "H-3", "--recapture")
                .WithExample("handoff", "update", "H-3", "--head", "HEAD", "--label", "needs-retest");
            handoff.AddCommand<HandoffPackCommand>("pack")
                .WithDescription("Build the receiver's pack: the handoff text first, its items, then the template's selection; through the target's boundary, attached to the handoff")
                .WithExample("handoff", "pack", "H-3", "--out", "h3-pack.md")
                .WithExample("handoff", "pack", "H-3", "src", "--budget", "50000", "--target", "external-ai", "--style", "xml", "--out", "h3.xml");
            foreach (var (verb, description) in new[]
            {
                ("open", "Open a draft (or a handoff whose changes are done) for its receiver"),
                ("accept", "Accept an open handoff: you take the work on"),
                ("start", "Start work on an accepted handoff, resume a blocked one, or work on requested changes"),
                ("deliver", "Deliver the work of a handoff in progress"),
                ("done", "Finish a delivered handoff"),
                ("block", "Mark a handoff blocked (say why with -m)"),
                ("cancel", "Cancel a handoff"),
                ("reopen", "Open a done or cancelled handoff again"),
            })
            {
                handoff.AddCommand<HandoffTransitionCommand>(verb)
                    .WithDescription(description)
                    .WithExample("handoff", verb, "H-3")
                    .WithExample("handoff", verb, "H-3", "-m", "\"why\"", "--json");
            }
        });
        config.AddBranch("review", review =>
        {
            review.SetDescription("Review checkpoints on handoffs: approvals that gates count, change requests, comments on items or lines");
            review.AddCommand<ReviewCommand>("approve")
                .WithDescription("Approve a handoff (stale once its head commit or pack changes; an author's own approval does not count)")
                .WithExample("review", "approve", "H-3")
                .WithExample("review", "approve", "H-3", "--as", "carol", "-m", "\"Tested on staging\"");
            review.AddCommand<ReviewCommand>("request-changes")
                .WithDescription("Ask for changes: the handoff moves to changes_requested")
                .WithExample("review", "request-changes", "H-3", "--on", "src/Api.cs:42", "-m", "\"This retries non-idempotent calls\"");
            review.AddCommand<ReviewCommand>("comment")
                .WithDescription("Comment on a handoff, an attached item or a line")
                .WithExample("review", "comment", "H-3", "--on", "01kmz3ab", "-m", "\"See the decision here\"");
        });
        config.AddBranch("feedback", feedback =>
        {
            feedback.SetDescription("Feedback on a handoff: library items of kind feedback, tied to the handoff and to an item or lines");
            feedback.AddCommand<FeedbackAddCommand>("add")
                .WithDescription("Add feedback on a handoff, optionally about an item or lines of a file at the handoff's head commit")
                .WithExample("feedback", "add", "H-3", "--on", "src/Payments/Retry.cs:42", "--body", "\"A timeout retries a charge that went through\"")
                .WithExample("feedback", "add", "H-3", "--on", "01kmz3ab", "--file", "test-report.md", "--json");
        });
        config.AddCommand<InboxCommand>("inbox")
            .WithDescription("What waits for you (or --as WHO): handoffs to you or your roles, approvals gates need from you, feedback on your handoffs")
            .WithExample("inbox")
            .WithExample("inbox", "--as", "carol", "--json");
        config.AddBranch("audit", audit =>
        {
            audit.SetDescription("The tamper-evident event log: every change, review and dismissal, hash-chained");
            audit.AddCommand<AuditVerifyCommand>("verify")
                .WithDescription("Check the hash chain of the event log: exit 0 when intact, 1 naming the first broken event")
                .WithExample("audit", "verify")
                .WithExample("audit", "verify", "--json");
            audit.AddCommand<AuditLogCommand>("log")
                .WithDescription("Show the event log, or one handoff's events")
                .WithExample("audit", "log")
                .WithExample("audit", "log", "--handoff", "H-3", "--json");
        });
    }
}
