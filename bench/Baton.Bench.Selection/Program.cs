using System.Diagnostics;
using System.Globalization;
using Baton.Bench.Selection;
using Baton.Packing.Selection;

// baton-bench-selection walk PATH [--runs N] [--follow]   time the selection stage over PATH
// baton-bench-selection generate DIR --files N              write a deterministic tree of N source files
if (args.Length >= 2 && args[0] == "generate")
{
    var files = args.Length >= 4 && args[2] == "--files" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100_000;
    TreeGenerator.Write(args[1], files);
    return 0;
}

if (args.Length < 2 || args[0] != "walk")
{
    Console.Error.WriteLine("usage: baton-bench-selection walk PATH [--runs N] [--follow] | generate DIR --files N");
    return 2;
}

var runs = args.Contains("--runs") ? int.Parse(args[Array.IndexOf(args, "--runs") + 1], CultureInfo.InvariantCulture) : 5;
var options = new SelectionOptions { BaseDirectory = Path.GetFullPath(args[1]), FollowSymlinks = args.Contains("--follow"), UseDefaultIgnores = !args.Contains("--no-defaults") };
var times = new List<double>();
var firsts = new List<double>();
var cpu = new List<double>();
Dictionary<string, int> counts = [];
long bytes = 0;
for (var run = 0; run < runs; run++)
{
    counts = [];
    bytes = 0;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var first = true;
    await foreach (var entry in FileSelector.SelectAsync(options))
    {
        if (first)
            firsts.Add(clock.Elapsed.TotalMilliseconds);
        first = false;
        var key = entry is SkippedPath skipped ? "skipped " + skipped.Reason : "selected";
        counts[key] = counts.GetValueOrDefault(key) + 1;
        if (entry is SelectedFile file)
            bytes += file.Length;
    }

    times.Add(clock.Elapsed.TotalMilliseconds);
    cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
}

times.Sort();
firsts.Sort();
cpu.Sort();
var median = times[times.Count / 2];
var selected = counts.GetValueOrDefault("selected");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[1]}: {runs} runs, median {median:0} ms (min {times[0]:0}, max {times[^1]:0}); first entry after {firsts[firsts.Count / 2]:0} ms (git start-up)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  selected {selected} files, {bytes / 1048576.0:0.0} MB -> {selected / (median / 1000):0} files/s; CPU time median {cpu[cpu.Count / 2]:0} ms"));
foreach (var (key, count) in counts.Where(c => c.Key != "selected").OrderBy(c => c.Key, StringComparer.Ordinal))
    Console.WriteLine($"  {key}: {count}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB"));
return 0;
