using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Git;
using Baton.Privacy;
using Baton.Privacy.Allowing;
using Baton.Privacy.Detection;
using Baton.Privacy.Scanning;
using Baton.Workspaces;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Scan;

/// <summary>
/// <c>baton scan</c>: finds secrets and personal data in files, in what is staged, or in the lines a diff adds.
/// Needs no workspace; when one is found, its <c>privacy:</c> settings (allow-list, baseline) apply.
/// Exit 0 without findings, 1 with findings, 2 for a usage or input error.
/// </summary>
internal sealed class ScanCommand(CliEnvironment environment) : BatonCommand<ScanCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "[PATHS]")]
        [Description("Files and folders to scan (default: the current folder). A path named here is scanned even if an ignore rule would leave it out")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--staged")]
        [Description("Scan what is staged for the next commit (content from git's index), reporting findings on added or changed lines only")]
        public bool Staged { get; init; }

        [CommandOption("--diff <REF>")]
        [Description("Scan the lines a diff adds: REF (that commit against the working tree), A..B, or A...B (B against the merge base)")]
        public string? Diff { get; init; }

        [CommandOption("--commits <RANGE>")]
        [Description("Scan each commit of a range on its own, newest first (A..B; a single ref means its whole history), so a secret a later commit removed is still found")]
        public string? Commits { get; init; }

        [CommandOption("--sarif")]
        [Description("Print SARIF 2.1.0 on stdout (for GitHub code scanning and other SARIF viewers)")]
        public bool Sarif { get; init; }

        [CommandOption("--baseline <FILE>")]
        [Description("Accept the findings listed in FILE (fingerprint, rule, optional path); default: privacy.baseline in .baton/baton.yaml")]
        public string? Baseline { get; init; }

        [CommandOption("--write-baseline <FILE>")]
        [Description("Write every current finding to FILE as an accepted baseline (replacing it) and exit 0: adopt scanning on an existing repository")]
        public string? WriteBaseline { get; init; }

        [CommandOption("--include <GLOB>")]
        [Description("Only scan files matching this glob (.gitignore syntax, relative to the current folder; repeatable)")]
        public string[] Include { get; init; } = [];

        [CommandOption("--exclude <GLOB>")]
        [Description("Leave out files and folders matching this glob (repeatable)")]
        public string[] Exclude { get; init; } = [];

        [CommandOption("--no-default-ignores")]
        [Description("Also scan what Baton leaves out by default (dependency and build folders, lock files, logs)")]
        public bool NoDefaultIgnores { get; init; }

        [CommandOption("--min-confidence <LEVEL>")]
        [Description("Report only findings at least this sure: low (default), medium or high")]
        public string MinConfidence { get; init; } = "low";

        [CommandOption("--no-personal-data")]
        [Description("Look for secrets only, not for personal data (emails, phone numbers, cards, IBANs, IP addresses, SSNs)")]
        public bool NoPersonalData { get; init; }

        [CommandOption("--max-file-size <BYTES>")]
        [Description("Leave out files larger than this many bytes (default 52428800, 50 MiB)")]
        public long MaxFileSize { get; init; } = Packing.Selection.SelectionOptions.DefaultMaxFileBytes;
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if ((settings.Staged ? 1 : 0) + (settings.Diff is null ? 0 : 1) + (settings.Commits is null ? 0 : 1) > 1)
            throw BatonErrors.ScanModesTogether();
        if (settings.Json && settings.Sarif)
            throw BatonErrors.OutputFormatsTogether();
        if (settings.MaxFileSize <= 0)
            throw BatonErrors.InvalidMaxFileSize(settings.MaxFileSize);
        var minConfidence = ParseConfidence(settings.MinConfidence);
        var cwd = Environment.CurrentDirectory;

        var (root, config) = await FindRootAsync(settings, cwd, cancellationToken);
        var rules = settings.NoPersonalData ? [.. PrivacyRules.All.Where(r => r.Kind == FindingKind.Secret)] : PrivacyRules.All;
        var baseline = settings.WriteBaseline is null ? await LoadBaselineAsync(settings, cwd, root, config, cancellationToken) : Baseline.Empty;
        var scanner = new PrivacyScanner(rules, new AllowList(config.Privacy.AllowPaths, config.Privacy.AllowPatterns), baseline);
        var request = new ScanRequest
        {
            BaseDirectory = cwd,
            Root = root,
            Scanner = scanner,
            Paths = settings.Paths,
            Changes = settings.Staged ? ChangeSelection.StagedChanges
                : settings.Diff is { } range ? ChangeSelection.Diff(range)
                : settings.Commits is { } commits ? ChangeSelection.Commits(commits)
                : null,
            Include = settings.Include,
            Exclude = settings.Exclude,
            UseDefaultIgnores = !settings.NoDefaultIgnores,
            MaxFileBytes = settings.MaxFileSize,
            MinConfidence = minConfidence,
        };

        var files = await ScanWithProgressAsync(request, showProgress: Environment.ErrorIsTerminal && !settings.Json && !settings.Sarif, cancellationToken);
        var report = new ScanReport(files, request.Changes);

        if (settings.WriteBaseline is { } target)
            return await WriteBaselineAsync(Path.GetFullPath(target, cwd), report);

        if (settings.Sarif)
            Output.Line(SarifWriter.Write(report.Findings, rules, root, Version()));
        else if (settings.Json)
            Output.WriteJson(report.ToJson(), CliJsonContext.Default.ScanJson);
        else
            ScanPrinter.PrintFindings(Output, report);

        ScanPrinter.PrintSummary(Environment.Error, report, settings.Verbose);
        return report.Findings.Count > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private async Task<IReadOnlyList<FileScan>> ScanWithProgressAsync(ScanRequest request, bool showProgress, CancellationToken cancellationToken)
    {
        if (!showProgress)
            return await RepositoryScan.RunAsync(request, cancellationToken: cancellationToken);

        long files = 0, chars = 0;
        var scan = RepositoryScan.RunAsync(request, file =>
        {
            Interlocked.Increment(ref files);
            Interlocked.Add(ref chars, file.CharsScanned);
        }, cancellationToken);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Environment.Error), Interactive = InteractionSupport.Yes });
        await console.Status().StartAsync("Scanning…", async context =>
        {
            while (!scan.IsCompleted)
            {
                context.Status($"Scanning… {Interlocked.Read(ref files):N0} files, {Interlocked.Read(ref chars) / (1 << 20):N0} MB");
                await Task.WhenAny(scan, Task.Delay(100, cancellationToken));
            }
        });
        return await scan;
    }

    /// <summary>
    /// Paths in reports, allow globs and baseline entries are relative to the workspace root when there is a workspace
    /// (its settings apply), else to the repository root, else to the current folder. No database is needed.
    /// </summary>
    private static async Task<(string Root, WorkspaceConfig Config)> FindRootAsync(Settings settings, string cwd, CancellationToken cancellationToken)
    {
        var workspaceRoot = settings.Workspace is { } named
            ? Workspace.SettingsRootAt(Path.GetFullPath(named, cwd))
            : Workspace.FindSettingsRoot(cwd);
        if (workspaceRoot is not null)
            return (workspaceRoot, WorkspaceConfig.Load(Path.Combine(workspaceRoot, Workspace.FolderName, Workspace.ConfigFile)));
        return (await GitProbe.FindRootAsync(cwd, cancellationToken) ?? cwd, WorkspaceConfig.Default);
    }

    private static async Task<Baseline> LoadBaselineAsync(Settings settings, string cwd, string root, WorkspaceConfig config, CancellationToken cancellationToken)
    {
        var (path, from) = settings.Baseline is { } given
            ? (Path.GetFullPath(given, cwd), "--baseline")
            : config.Privacy.Baseline is { } configured
                ? (Path.GetFullPath(configured, root), "privacy.baseline in .baton/baton.yaml")
                : (null, null);
        if (path is null)
            return Baseline.Empty;
        if (!File.Exists(path))
            throw BatonErrors.BaselineNotFound(Path.GetRelativePath(cwd, path), from!);
        return await Baseline.LoadAsync(path, PrivacyRules.Ids, cancellationToken);
    }

    private async Task<int> WriteBaselineAsync(string path, ScanReport report)
    {
        var entries = report.Findings
            .Select(f => new BaselineEntry(f.Finding.Fingerprint, f.Finding.RuleId, f.Path))
            .Distinct()
            .ToList();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, Baseline.Format(entries));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotWrite(path, e);
        }

        if (Output.Json)
            Output.WriteJson(new MessageJson("written", $"{entries.Count} accepted findings written to the baseline", Path: path), CliJsonContext.Default.MessageJson);
        Environment.Error.Write($"Wrote {entries.Count} accepted finding{(entries.Count == 1 ? "" : "s")} to {path}; later scans with this baseline report only new ones.\n");
        return ExitCodes.Ok;
    }

    private static Confidence ParseConfidence(string value) => value.ToLowerInvariant() switch
    {
        "low" => Confidence.Low,
        "medium" => Confidence.Medium,
        "high" => Confidence.High,
        _ => throw BatonErrors.UnknownConfidence(value),
    };

    private static string Version() => typeof(ScanCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
