using System.Diagnostics;
using System.Globalization;
using System.Text;
using Baton.Packing.Tokens;
using Microsoft.ML.Tokenizers;

// baton-token-bench counts  --encoding NAME --list FILE            one "count<TAB>path" line per file (Baton)
// baton-token-bench speed   --encoding NAME --list FILE --impl baton|split|ml --threads N --runs N [--concat]
//   Files are read and decoded (UTF-8, BOM kept, as node reads them) before timing; MB means 10^6 UTF-8 bytes.
var (command, options) = (args.Length > 0 ? args[0] : "", ParseOptions(args.Skip(1).ToArray()));
try
{
    var encoding = options.GetValueOrDefault("encoding", "o200k_base");
    var files = File.ReadAllLines(options.GetValueOrDefault("list") ?? throw new ArgumentException("--list FILE is required"))
        .Where(l => l.Length > 0).ToArray();
    var texts = files.Select(ReadLikeNode).ToArray();
    return command switch
    {
        "counts" => Counts(TiktokenCounter.For(encoding), files, texts),
        "speed" => Speed(encoding, texts, options),
        _ => throw new ArgumentException($"unknown command '{command}'; use counts or speed"),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"baton-token-bench: {e.Message}");
    return 2;
}

static int Counts(ITokenCounter counter, string[] files, string[] texts)
{
    var output = new StringBuilder();
    for (var i = 0; i < files.Length; i++)
        output.Append(counter.Count(texts[i]).ToString(CultureInfo.InvariantCulture)).Append('\t').Append(files[i]).Append('\n');
    Console.Out.Write(output);
    return 0;
}

static int Speed(string encoding, string[] texts, Dictionary<string, string> options)
{
    var threads = int.Parse(options.GetValueOrDefault("threads", "1"), CultureInfo.InvariantCulture);
    var runs = int.Parse(options.GetValueOrDefault("runs", "5"), CultureInfo.InvariantCulture);
    var impl = options.GetValueOrDefault("impl", "baton");
    if (options.ContainsKey("concat"))
        texts = [string.Concat(texts)];
    var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    // What a UTF-8 counting API would save: decoding the corpus from UTF-8 into the strings counted here.
    var utf8 = texts.Select(Encoding.UTF8.GetBytes).ToArray();
    var decode = Stopwatch.StartNew();
    foreach (var b in utf8)
        _ = Encoding.UTF8.GetString(b);
    var decodeMbps = bytes / 1e6 / decode.Elapsed.TotalSeconds;

    var load = Stopwatch.StartNew();
    Func<string, int> count = impl switch
    {
        "baton" => Baton(TiktokenCounter.For(encoding)),
        "split" => Split(TiktokenCounter.For(encoding)),
        "ml" => Ml(TiktokenTokenizer.CreateForEncoding(encoding)),
        _ => throw new ArgumentException($"unknown --impl '{impl}'; use baton, split (pre-tokenizer alone) or ml"),
    };
    var loadMs = load.Elapsed.TotalMilliseconds;

    var seconds = new List<double>();
    var cpuSeconds = new List<double>();
    long tokens = 0;
    for (var run = 0; run < runs + 1; run++) // run 0 is the cold pass: JIT and empty caches
    {
        var next = -1;
        var totals = new long[threads];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(w => new Thread(() =>
        {
            long sum = 0;
            for (int i; (i = Interlocked.Increment(ref next)) < texts.Length;)
                sum += count(texts[i]);
            totals[w] = sum;
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        seconds.Add(watch.Elapsed.TotalSeconds);
        cpuSeconds.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        tokens = totals.Sum();
    }

    var warm = seconds.Skip(1).Order().ToList();
    var median = warm[warm.Count / 2];
    var cpuMedian = cpuSeconds.Skip(1).Order().ToList()[warm.Count / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"impl={impl} encoding={encoding} threads={threads} texts={texts.Length} mb={bytes / 1e6:0.0} tokens={tokens} load_ms={loadMs:0} cold_mbps={bytes / 1e6 / seconds[0]:0.0} median_mbps={bytes / 1e6 / median:0.0} cpu_mbps_per_core={bytes / 1e6 / cpuMedian:0.0} utf8_decode_mbps={decodeMbps:0} runs_s={string.Join(",", seconds.Skip(1).Select(s => s.ToString("0.000", CultureInfo.InvariantCulture)))}"));
    return 0;
}

static Func<string, int> Baton(ITokenCounter counter) => text => counter.Count(text);

static Func<string, int> Split(TiktokenCounter counter) => text => counter.CountPieces(text);

static Func<string, int> Ml(TiktokenTokenizer tokenizer) => text => tokenizer.CountTokens(text);

// node's fs.readFileSync(path, "utf8"): invalid bytes become U+FFFD and a BOM stays in the text.
static string ReadLikeNode(string path) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(File.ReadAllBytes(path));

static Dictionary<string, string> ParseOptions(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"unexpected argument '{args[i]}'");
        var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
        options[args[i][2..]] = hasValue ? args[++i] : "true";
    }

    return options;
}
