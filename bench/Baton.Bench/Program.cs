using System.Text.Json;
using Baton;
using Baton.Bench;
using Baton.Bench.Corpus;
using Baton.Bench.Ingest;
using Baton.Bench.Reporting;
using Baton.Bench.Search;

const string Usage = """
    baton-bench: benchmarks of the Baton library (see bench/README.md)

      ingest  --db PATH | --workspace DIR   --count N [--batch B] [--seed S] [--body-bytes MIN-MAX] [--label L] [--json FILE]
              Make a new library of N generated items, B per AddManyAsync call (default 10k), and time it.
              Bodies are MIN-MAX bytes long, uniformly (default 512-5120).
      search  --db PATH [--runs R] [--warmup W] [--budget SECONDS] [--json FILE]
              Time the standard queries on an existing library: W warm-up rounds (default 2), then up to R
              timed runs each (default 100), fewer (at least 5) once a query has taken SECONDS (default 8).
      sample  [--count N] [--seed S] [--first I] [--body-bytes MIN-MAX]
              Print generated items, to see what the corpus looks like.
      report  --results DIR
              Print the Markdown summary of the results in DIR (ingest-*.json, search-*.json, startup.json).

    Counts take k and m suffixes: --count 100k, --count 1m.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return 0;
}

var options = new JsonSerializerOptions { WriteIndented = true };
try
{
    var arguments = new Arguments(args.Skip(1));
    switch (args[0])
    {
        case "ingest":
        {
            var settings = new IngestSettings(
                arguments.Text("db"),
                arguments.Text("workspace"),
                arguments.Number("count", 100_000),
                (int)arguments.Number("batch", 10_000),
                (ulong)arguments.Number("seed", 42),
                arguments.Text("body-bytes") is { } size ? BodySize.Parse(size) : BodySize.Default,
                arguments.Text("label"));
            var json = arguments.Text("json");
            arguments.EnsureAllRead();
            if ((settings.Database is null) == (settings.Workspace is null))
                throw new UsageException("give exactly one of --db PATH and --workspace DIR");
            var result = await IngestBenchmark.RunAsync(settings);
            Console.Error.WriteLine($"{result.Label}: {result.ItemsPerSecond:N0} items/s ({result.MegabytesPerSecond:N1} MB/s of text; {result.ItemsPerCpuSecond:N0} items per CPU second), "
                + $"close {result.CloseSeconds:N2} s, peak RSS {result.PeakResidentBytes / 1048576.0:N0} MiB, database {result.DatabaseBytes / 1048576.0:N0} MiB");
            await Write(json, result, options);
            break;
        }

        case "search":
        {
            var settings = new SearchSettings(
                arguments.RequiredText("db"),
                (int)arguments.Number("runs", 100),
                (int)arguments.Number("warmup", 2),
                arguments.Number("budget", 8));
            var json = arguments.Text("json");
            arguments.EnsureAllRead();
            var result = await SearchBenchmark.RunAsync(settings);
            Console.Error.WriteLine(SearchBenchmark.Describe(result));
            await Write(json, result, options);
            break;
        }

        case "sample":
        {
            var count = arguments.Number("count", 3);
            var seed = (ulong)arguments.Number("seed", 42);
            var first = arguments.Text("first") is null ? 0 : arguments.Number("first", 1);
            var size = arguments.Text("body-bytes") is { } sizeText ? BodySize.Parse(sizeText) : BodySize.Default;
            arguments.EnsureAllRead();
            var generator = new CorpusGenerator(seed, IngestBenchmark.CorpusTime, size);
            foreach (var item in generator.Items(first, (int)count))
            {
                Console.WriteLine($"--- {item.Kind} | {item.Title} | tags: {string.Join(", ", item.Tags)} | {item.Source.Name} | {item.Body.Length} bytes");
                Console.WriteLine(item.Body);
            }

            break;
        }

        case "report":
        {
            var results = arguments.RequiredText("results");
            arguments.EnsureAllRead();
            Console.Write(MarkdownReport.Render(results));
            break;
        }

        default:
            throw new UsageException($"unknown command '{args[0]}'");
    }

    return 0;
}
catch (UsageException e)
{
    await Console.Error.WriteLineAsync($"baton-bench: {e.Message}\n\n{Usage}");
    return 2;
}
catch (BatonException e)
{
    await Console.Error.WriteLineAsync($"baton-bench: {e.Message}");
    return 1;
}

static async Task Write<T>(string? path, T result, JsonSerializerOptions options)
{
    var json = JsonSerializer.Serialize(result, options);
    if (path is null)
    {
        Console.WriteLine(json);
        return;
    }

    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    await File.WriteAllTextAsync(path, json + "\n");
}
