using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Baton.Privacy;
using Baton.PrivacyBench.Corpus;
using Baton.PrivacyBench.Scoring;

// The privacy benchmark driver; ../privacy.sh runs it. Commands:
//   corpus     --out DIR [--files N] [--seed S]        writes the labelled corpus and DIR/labels.tsv
//   score      --corpus DIR [--secretlint FILE]         Baton's (and secretlint's) precision and recall per rule
//   throughput --list FILE [--threads N] [--runs N]     MB/s of Baton over the files listed
var command = args.Length > 0 ? args[0] : "";
var options = Options(args.Skip(1).ToArray());
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
switch (command)
{
    case "corpus":
        WriteCorpus(options["out"], int.Parse(options.GetValueOrDefault("files", "390"), CultureInfo.InvariantCulture), ulong.Parse(options.GetValueOrDefault("seed", "20261125"), CultureInfo.InvariantCulture));
        return 0;
    case "score":
        return await ScoreAsync(options["corpus"], options.GetValueOrDefault("secretlint"), options.GetValueOrDefault("json"), options.GetValueOrDefault("show"));
    case "throughput":
        await ThroughputAsync(options["list"], int.Parse(options.GetValueOrDefault("threads", "2"), CultureInfo.InvariantCulture), int.Parse(options.GetValueOrDefault("runs", "5"), CultureInfo.InvariantCulture));
        return 0;
    default:
        Console.Error.WriteLine("usage: baton-privacy-bench corpus|score|throughput [--option value]...");
        return 2;
}

static Dictionary<string, string> Options(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
        options[args[i].TrimStart('-')] = args[i + 1];
    return options;
}

static void WriteCorpus(string root, int files, ulong seed)
{
    if (Directory.Exists(root))
        Directory.Delete(root, recursive: true);
    var labels = new StringBuilder("file\trule\tstart\tlength\n");
    var count = 0;
    foreach (var file in new CorpusBuilder(seed).Files(files))
    {
        var path = Path.Combine(root, file.File);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.ToString());
        foreach (var label in file.Labels)
            labels.Append(CultureInfo.InvariantCulture, $"{label.File}\t{label.Rule}\t{label.Start}\t{label.Length}\n");
        count += file.Labels.Count;
    }

    File.WriteAllText(Path.Combine(root, "..", Path.GetFileName(root) + ".labels.tsv"), labels.ToString());
    Console.Error.WriteLine($"corpus: {files} files, {count} labelled values in {root}");
}

static async Task<int> ScoreAsync(string root, string? secretlintJson, string? jsonOut, string? show)
{
    var labels = File.ReadAllLines(Path.Combine(root, "..", Path.GetFileName(root) + ".labels.tsv")).Skip(1)
        .Select(l => l.Split('\t')).Select(p => new Label(p[0], p[1], int.Parse(p[2], CultureInfo.InvariantCulture), int.Parse(p[3], CultureInfo.InvariantCulture))).ToList();
    var baton = new List<Detection>();
    foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var result = await PrivacyScanner.Default.ScanFileAsync(file, relative);
        baton.AddRange(result.Findings.Select(f => new Detection(relative, f.RuleId, (int)f.Offset, (int)f.End)));
    }

    var (batonRules, batonAll) = Scorer.Score(labels, baton, sameRuleNames: true);
    if (show is not null)
        ShowMistakes(root, show, labels, baton);
    Dictionary<string, RuleScore>? secretlintRules = null;
    RuleScore? secretlintAll = null;
    RuleScore? secretlintSecrets = null;
    if (secretlintJson is not null)
    {
        var secretlint = SecretlintReport.Read(secretlintJson, root);
        (secretlintRules, secretlintAll) = Scorer.Score(labels, secretlint, sameRuleNames: false);
        (_, secretlintSecrets) = Scorer.Score(labels.Where(l => IsSecret(l.Rule)).ToList(), secretlint, sameRuleNames: false);
    }

    var secretLabelsBaton = labels.Where(l => IsSecret(l.Rule)).ToList();
    var (_, batonSecrets) = Scorer.Score(secretLabelsBaton, baton.Where(d => IsSecret(d.Rule)).ToList(), sameRuleNames: true);

    var table = new StringBuilder();
    table.AppendLine($"corpus: {Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count()} files, {labels.Count} labelled values");
    table.AppendLine();
    table.AppendLine("| rule | labels | Baton precision | Baton recall | exact span | secretlint recall |");
    table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
    foreach (var (rule, score) in batonRules.Where(p => p.Value.Labels > 0).OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        var theirs = secretlintRules?.GetValueOrDefault(rule);
        table.AppendLine($"| {rule} | {score.Labels} | {F(score.Precision)} | {F(score.Recall)} | {F((double)score.ExactSpan / Math.Max(1, score.Found))} | {(theirs is null ? "–" : F(theirs.Recall))} |");
    }

    foreach (var (rule, score) in batonRules.Where(p => p.Value.Labels == 0 && p.Value.FalsePositives > 0))
        table.AppendLine($"| {rule} (no labels) | 0 | FP {score.FalsePositives} | | | |");
    table.AppendLine();
    table.AppendLine("| scope | scanner | precision | recall | TP | FP | missed |");
    table.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    Row(table, "all labels", "Baton", batonAll);
    if (secretlintAll is not null)
        Row(table, "all labels", "secretlint", secretlintAll);
    Row(table, "secrets only", "Baton", batonSecrets);
    if (secretlintSecrets is not null)
        Row(table, "secrets only", "secretlint", secretlintSecrets);
    if (secretlintRules is not null)
    {
        table.AppendLine();
        table.AppendLine("secretlint reports by its rule: " + string.Join(", ", secretlintRules.Where(p => p.Value.Labels == 0)
            .Select(p => $"{p.Key} {p.Value.TruePositives} TP / {p.Value.FalsePositives} FP")));
    }

    Console.WriteLine(table.ToString());
    if (jsonOut is not null)
    {
        var data = new
        {
            labels = labels.Count,
            baton = new { precision = batonAll.Precision, recall = batonAll.Recall, secretsPrecision = batonSecrets.Precision, secretsRecall = batonSecrets.Recall,
                rules = batonRules.ToDictionary(p => p.Key, p => new { p.Value.Labels, p.Value.Found, p.Value.TruePositives, p.Value.FalsePositives, p.Value.ExactSpan }) },
            secretlint = secretlintAll is null ? null : new { precision = secretlintAll.Precision, recall = secretlintAll.Recall, secretsPrecision = secretlintSecrets!.Precision, secretsRecall = secretlintSecrets.Recall },
        };
        await File.WriteAllTextAsync(jsonOut, JsonSerializer.Serialize(data, new JsonSerializerOptions { WriteIndented = true }));
    }

    return 0;

    static bool IsSecret(string rule) => PrivacyScanner.Default.Rules.Any(r => r.Kind == FindingKind.Secret && (r.Id == rule || (rule == "aws-secret-access-key" && r.Id == "aws-access-key-id")));
}

// --show RULE: the first missed labels and false reports of RULE, with their line, to see why.
static void ShowMistakes(string root, string rule, List<Label> labels, List<Detection> detections)
{
    string Context(string file, int start, int end)
    {
        var text = File.ReadAllText(Path.Combine(root, file));
        var from = Math.Max(0, text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1);
        var to = text.IndexOf('\n', end);
        to = to < 0 ? text.Length : to;
        if (to - from > 240)
            (from, to) = (Math.Max(0, start - 100), Math.Min(text.Length, end + 100));
        return $"{file}: {text[from..start]}[[{text[start..end]}]]{text[end..to]}";
    }

    foreach (var label in labels.Where(l => l.Rule == rule && !detections.Exists(d => d.File == l.File && d.Rule == rule && d.Start < l.Start + l.Length && l.Start < d.End)).Take(12))
        Console.Error.WriteLine("MISSED " + Context(label.File, label.Start, label.Start + label.Length) + "   found instead: " + string.Join(",", detections.Where(d => d.File == label.File && d.Start < label.Start + label.Length && label.Start < d.End).Select(d => d.Rule)));
    foreach (var detection in detections.Where(d => d.Rule == rule && !labels.Exists(l => l.File == d.File && l.Rule == rule && d.Start < l.Start + l.Length && l.Start < d.End)).Take(12))
        Console.Error.WriteLine("FALSE " + Context(detection.File, detection.Start, detection.End));
}

static void Row(StringBuilder table, string scope, string scanner, RuleScore score) =>
    table.AppendLine($"| {scope} | {scanner} | {F(score.Precision)} | {F(score.Recall)} | {score.TruePositives} | {score.FalsePositives} | {score.Labels - score.Found} |");

static string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.000", CultureInfo.InvariantCulture);

static async Task ThroughputAsync(string list, int threads, int runs)
{
    var files = File.ReadAllLines(list).Where(l => l.Length > 0).ToArray();
    var bytes = files.Sum(f => new FileInfo(f).Length);
    var scanner = PrivacyScanner.Default;
    var wall = new List<double>();
    var cpu = new List<double>();
    var findings = 0L;
    var skipped = 0;
    // Warm up until the JIT has settled (tiered compilation promotes hot methods after a delay): a small list
    // would otherwise be timed on unoptimised code. Three seconds of scanning, at least one pass.
    var warmUp = Stopwatch.StartNew();
    do
    {
        foreach (var file in files)
            await scanner.ScanFileAsync(file, file);
    }
    while (warmUp.Elapsed < TimeSpan.FromSeconds(3));

    for (var run = 0; run <= runs; run++)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long found = 0;
        var skips = 0;
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, async (file, cancellationToken) =>
        {
            var result = await scanner.ScanFileAsync(file, file, cancellationToken);
            Interlocked.Add(ref found, result.Findings.Count);
            if (result.WasSkipped)
                Interlocked.Increment(ref skips);
        });
        clock.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        // Run 0 is not counted either (the first pass on more threads).
        if (run > 0)
        {
            wall.Add(bytes / 1e6 / clock.Elapsed.TotalSeconds);
            cpu.Add(bytes / 1e6 / cpuSeconds);
        }

        findings = found;
        skipped = skips;
    }

    Console.WriteLine(JsonSerializer.Serialize(new
    {
        files = files.Length,
        bytes,
        threads,
        runs,
        findings,
        skipped,
        medianMBps = Median(wall),
        runsMBps = wall,
        medianMBpsPerCpuSecond = Median(cpu),
    }));
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
