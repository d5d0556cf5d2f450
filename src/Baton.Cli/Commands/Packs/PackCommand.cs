using System.ComponentModel;
using System.Diagnostics;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Packing;
using Baton.Prompts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Packs;

/// <summary><c>baton pack</c>: files, diff, log and library items in one document for a receiver, fitted and recorded.</summary>
internal sealed class PackCommand(CliEnvironment environment) : BatonCommand<PackCommand.Settings>(environment)
{
    internal sealed class Settings : WriteSettings
    {
        [CommandArgument(0, "[PATHS]")]
        [Description("Files and folders to pack (default: the current folder, unless --diff, --item, --tag, --query or --log says what to pack)")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--include <GLOB>")]
        [Description("Only files matching a glob (.gitignore syntax, repeatable), e.g. 'src/**/*.cs'")]
        public string[] Include { get; init; } = [];

        [CommandOption("--exclude <GLOB>")]
        [Description("Leave out files and folders matching a glob (repeatable), e.g. 'docs/' or '*.min.js'")]
        public string[] Exclude { get; init; } = [];

        [CommandOption("--no-default-ignores")]
        [Description("Keep what Baton leaves out by default (node_modules/, build output, lock files, logs…); git's rules still apply")]
        public bool NoDefaultIgnores { get; init; }

        [CommandOption("--follow-symlinks")]
        [Description("Follow symlinks to files and folders (off: each is left out and reported)")]
        public bool FollowSymlinks { get; init; }

        [CommandOption("--max-file-size <SIZE>")]
        [Description("Leave out files larger than this (bytes, or with K, M, G; default 50M)")]
        public string? MaxFileSize { get; init; }

        [CommandOption("--diff <REF>")]
        [Description("Add the unified diff of REF against the working tree (or of A..B) and the files it changes, ranked first")]
        public string? Diff { get; init; }

        [CommandOption("--log <N>")]
        [Description("Add the last N commit messages")]
        public int Log { get; init; }

        [CommandOption("--item <ID>")]
        [Description("Add a library item by id or prefix (repeatable); named items come first and must fit the budget")]
        public string[] Items { get; init; } = [];

        [CommandOption("--tag <TAG>")]
        [Description("Add the library items carrying this tag (repeatable: all must match)")]
        public string[] Tags { get; init; } = [];

        [CommandOption("--query <QUERY>")]
        [Description("Add the library items matching a full-text search, and rank files by it")]
        public string? Query { get; init; }

        [CommandOption("--style <STYLE>")]
        [Description("markdown (default), xml or json")]
        public string Style { get; init; } = "markdown";

        [CommandOption("--encoding <NAME>")]
        [Description("The tokenizer to count with: o200k_base (default; GPT-4o, o-series) or cl100k_base (GPT-4)")]
        public string Encoding { get; init; } = "o200k_base";

        [CommandOption("--target <NAME>")]
        [Description("Who receives the pack: external-ai (default), team or local; its privacy boundary redacts and withholds")]
        public string Target { get; init; } = Privacy.Boundaries.PrivacyTargets.DefaultName;

        [CommandOption("--budget <TOKENS>")]
        [Description("Fit the pack into this many tokens: named items, then diff and log, then relevant files, then the rest; the rest is truncated or dropped and listed")]
        public long? Budget { get; init; }

        [CommandOption("--split <TOKENS>")]
        [Description("Write parts of at most this many tokens each (needs --out: pack.md → pack.1.md, pack.2.md, …)")]
        public long? Split { get; init; }

        [CommandOption("--line-numbers")]
        [Description("Number the lines of every file")]
        public bool LineNumbers { get; init; }

        [CommandOption("--instructions <TEXT>")]
        [Description("An instruction block at the top of the pack")]
        public string? Instructions { get; init; }

        [CommandOption("--prompt <NAME[@LABEL]>")]
        [Description("Render a library prompt (latest, or the version a label points at) as the instruction block")]
        public string? Prompt { get; init; }

        [CommandOption("-o|--out <FILE>")]
        [Description("Write the pack to FILE (via a temporary file, moved into place when complete) instead of stdout")]
        public string? Out { get; init; }

        [CommandOption("--top <N>")]
        [Description("After packing, list the N files with the most tokens (on stderr)")]
        public int Top { get; init; }

        [CommandOption("--tree")]
        [Description("After packing, show the folder tree with token counts (on stderr)")]
        public bool Tree { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Split is not null && settings.Out is null)
            throw BatonErrors.SplitNeedsOut();
        if (settings.Json && settings.Out is null)
            throw BatonErrors.PackJsonNeedsOut();
        if (settings.Top < 0)
            throw BatonErrors.InvalidPackNumber("--top", settings.Top);
        var spec = new PackSpec
        {
            BaseDirectory = Environment.CurrentDirectory,
            Paths = settings.Paths,
            Include = settings.Include,
            Exclude = settings.Exclude,
            NoDefaultIgnores = settings.NoDefaultIgnores,
            FollowSymlinks = settings.FollowSymlinks,
            MaxFileBytes = settings.MaxFileSize is null ? Packing.Selection.SelectionOptions.DefaultMaxFileBytes : ParseSize(settings.MaxFileSize),
            Diff = settings.Diff,
            Log = settings.Log,
            Items = settings.Items,
            Tags = settings.Tags,
            Query = settings.Query,
            Style = settings.Style,
            Encoding = settings.Encoding,
            Target = settings.Target,
            Budget = settings.Budget,
            Split = settings.Split,
            LineNumbers = settings.LineNumbers,
            Instructions = settings.Instructions,
            Prompt = settings.Prompt,
            Out = settings.Out is null ? null : Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, settings.Out)),
        };

        var clock = Stopwatch.StartNew();
        await using var session = await Session.OpenOrPersonalAsync(settings, Environment, Output.Note, cancellationToken);
        var by = await session.AuthorAsync(settings, cancellationToken);
        var builder = new PackBuilder(session.Library, new PromptService(session.Library, PromptLimits.For(session.Config)), session.Store,
            session.OpenPackBoundaryAsync, session.Workspace.Root);
        using var output = settings.Out is null ? PackOutput.ToWriter(Environment.Out) : PackOutput.ToFile(Path.Combine(Environment.CurrentDirectory, settings.Out));
        var result = await PackProgressView.RunAsync(Environment, settings.Json, progress => builder.BuildAsync(spec, output, by, record: true, progress, cancellationToken: cancellationToken));
        clock.Stop();

        var shortId = await PackIds.ShortAsync(session.Store, result.Manifest.Id, cancellationToken);
        if (Output.Json)
        {
            Output.WriteJson(PackJsonViews.Summary(result, shortId, settings.Top), CliJsonContext.Default.PackSummaryJson);
            return ExitCodes.Ok;
        }

        var report = new PackReport(Environment);
        report.Summary(result, shortId, clock.Elapsed);
        if (settings.Top > 0)
            report.Top(result.Manifest, settings.Top);
        if (settings.Tree)
            report.Tree(result.Manifest);
        return ExitCodes.Ok;
    }

    internal static long ParseSize(string value)
    {
        var text = value.Trim();
        long unit = 1;
        if (text.Length > 0 && char.ToUpperInvariant(text[^1]) is 'K' or 'M' or 'G' && text[^1] is var suffix)
        {
            unit = char.ToUpperInvariant(suffix) switch { 'K' => 1L << 10, 'M' => 1L << 20, _ => 1L << 30 };
            text = text[..^1];
        }

        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 && n <= long.MaxValue / unit
            ? n * unit
            : throw BatonErrors.InvalidFileSize(value);
    }
}
