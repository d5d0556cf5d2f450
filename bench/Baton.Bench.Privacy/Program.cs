using System.Diagnostics;
using System.Text;
using Baton.Privacy;
using Baton.Privacy.Detection;

var seeds = new List<(string, string)>();
foreach (var rule in PrivacyRules.All)
{
    foreach (var anchor in rule.Anchors)
    {
        var text = anchor.Kind == AnchorKind.DigitRun ? "4" : anchor.Text;
        seeds.Add((rule.Id, text));
        seeds.Add((rule.Id, text + new string('a', 300)));
        seeds.Add((rule.Id, text + "=" + new string('Z', 40) + " "));
        seeds.Add((rule.Id, text + "-1."));
    }
}
for (var round = 0; round < 2; round++)
foreach (var (rule, seed) in seeds)
{
    var sb = new StringBuilder();
    while (sb.Length < 512 * 1024) sb.Append(seed);
    var s = sb.ToString();
    var sw = Stopwatch.StartNew();
    var r = PrivacyScanner.Default.Scan(s);
    sw.Stop();
    if (round == 1 && sw.ElapsedMilliseconds > 50)
        Console.WriteLine($"{sw.ElapsedMilliseconds,6} ms {rule} {seed[..Math.Min(30, seed.Length)].Replace("\n", "\\n")} findings={r.Findings.Count} work={r.CharsExamined / s.Length}");
}

foreach (var seed in new[] { "ghp_-1.", "a@", ":", "12.34.56." })
{
    var sb2 = new StringBuilder();
    while (sb2.Length < 512 * 1024) sb2.Append(seed);
    var text2 = sb2.ToString();
    foreach (var rule in PrivacyRules.All)
    {
        var scanner = new PrivacyScanner([rule]);
        scanner.Scan(text2);
        var sw2 = Stopwatch.StartNew();
        scanner.Scan(text2);
        if (sw2.ElapsedMilliseconds > 10)
            Console.WriteLine($"single {seed} {rule.Id} {sw2.ElapsedMilliseconds} ms");
    }
}

{
    var sb3 = new StringBuilder();
    while (sb3.Length < 512 * 1024) sb3.Append("_authToken=");
    var t3 = sb3.ToString();
    var npm = new PrivacyScanner([PrivacyRules.All.First(r => r.Id == "npm-token")]);
    for (var k = 0; k < 3; k++)
    {
        var sw3 = Stopwatch.StartNew();
        var res = npm.Scan(t3);
        Console.WriteLine($"npm alone {sw3.ElapsedMilliseconds} ms {res.Findings.Count}");
    }
    var sink = new FindingSink();
    var engine = new RuleEngine([PrivacyRules.All.First(r => r.Id == "npm-token")]);
    var sw4 = Stopwatch.StartNew();
    engine.Scan(t3, 0, 0, t3.Length, sink, new List<long>());
    Console.WriteLine($"engine only {sw4.ElapsedMilliseconds} ms {sink.Findings.Count}");
}
