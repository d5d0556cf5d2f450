using System.Globalization;
using Baton.Cli.Infrastructure;
using Baton.Packing;
using Spectre.Console;

namespace Baton.Cli.Commands.Packs;

/// <summary>What a pack did, for people, on stderr: a table on a terminal, plain lines otherwise.</summary>
internal sealed class PackReport
{
    private static readonly string[] Statuses = ["included", "truncated", "dropped", "changed", "unreadable", "withheld"];

    private readonly IAnsiConsole _console;

    public PackReport(CliEnvironment environment)
    {
        var rich = environment.ErrorIsTerminal && string.IsNullOrEmpty(environment.Variable("NO_COLOR"));
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Error),
            Ansi = rich ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = rich ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!environment.ErrorIsTerminal)
            _console.Profile.Width = int.MaxValue / 2;
    }

    public void Summary(PackResult result, string shortId, TimeSpan elapsed)
    {
        var m = result.Manifest;
        var files = m.Files.CountBy(f => f.Status).ToDictionary(p => p.Key, p => p.Value);
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        table.AddRow("pack", Markup.Escape($"{shortId} ({m.Style}, {m.Encoding}, target {m.Target})"));
        foreach (var part in m.Parts)
            table.AddRow(m.Parts.Count > 1 ? $"part {part.Part}" : "output", Markup.Escape($"{part.Path ?? "stdout"}: {N(part.Tokens)} tokens, {N(part.Bytes)} bytes"));
        table.AddRow("tokens", Markup.Escape($"{N(m.OutputTokens)} (exact, {m.Encoding})"));
        table.AddRow("files", Markup.Escape(string.Join(", ", Statuses
            .Where(files.ContainsKey).Select(s => $"{N(files[s])} {s}")) is { Length: > 0 } f ? f : "none"));
        if (m.Items.Count > 0)
            table.AddRow("items", Markup.Escape(string.Join(", ", m.Items.CountBy(i => i.Status).Select(p => $"{p.Value} {p.Key}"))));
        if (m.Skipped.Count > 0)
            table.AddRow("left out", Markup.Escape(string.Join(", ", m.Skipped.CountBy(s => s.Reason).OrderByDescending(p => p.Value).Select(p => $"{N(p.Value)} {p.Key}"))));
        table.AddRow("redactions", Markup.Escape(m.Boundary.TotalFindings == 0 ? "none" : string.Join(", ", m.Boundary.FindingsByRule.Select(p => $"{p.Value} {p.Key}"))));
        if (m.Boundary.Withheld.Count > 0)
            table.AddRow("withheld", Markup.Escape(string.Join(", ", m.Boundary.Withheld.Select(w => $"{w.Reference} ({w.Sensitivity})"))));
        table.AddRow("cache", $"{result.CacheHits} counts reused, {result.CacheMisses} counted, {result.KnownClean} texts known clean (not scanned again)");
        table.AddRow("time", $"{S(elapsed)} ({string.Join(", ", result.Timings.Select(t => $"{t.Stage} {S(t.Elapsed)}"))})");
        _console.Write(table);

        foreach (var file in m.Files.Where(f => f.Status is "dropped" or "truncated" or "changed" or "unreadable").Take(20))
            _console.WriteLine($"  {file.Status,-10} {Rendering(file.Path)}  {file.Detail}");
        var more = m.Files.Count(f => f.Status is "dropped" or "truncated" or "changed" or "unreadable") - 20;
        if (more > 0)
            _console.WriteLine($"  … and {more} more: baton pack show {shortId}");
    }

    public void Top(PackManifest manifest, int count)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("tokens", c => c.RightAligned()).AddColumn("file").AddColumn("status");
        foreach (var file in manifest.Files.Where(f => f.Blob is not null).OrderByDescending(f => f.Tokens).ThenBy(f => f.Path, StringComparer.Ordinal).Take(count))
            table.AddRow(N(file.Tokens), Markup.Escape(Rendering(file.Path)), file.Status);
        _console.Write(table);
    }

    public void Tree(PackManifest manifest)
    {
        var root = new Node("");
        foreach (var file in manifest.Files.Where(f => f.Status is "included" or "truncated"))
        {
            var node = root;
            node.Tokens += file.Tokens;
            foreach (var part in file.Path.Split('/'))
            {
                node = node.Child(part);
                node.Tokens += file.Tokens;
            }
        }

        var tree = new Tree(Markup.Escape($". ({N(root.Tokens)} tokens)"));
        foreach (var child in root.Children.Values)
            Add(tree.AddNode(Label(child)), child);
        _console.Write(tree);

        static void Add(TreeNode into, Node node)
        {
            foreach (var child in node.Children.Values)
                Add(into.AddNode(Label(child)), child);
        }

        static string Label(Node node) => Markup.Escape($"{Rendering(node.Name)}{(node.Children.Count > 0 ? "/" : "")} ({N(node.Tokens)})");
    }

    private static string S(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Rendering(string path) => Baton.Packing.Rendering.Blocks.DisplayPath(path);

    private sealed class Node(string name)
    {
        public string Name { get; } = name;

        public long Tokens { get; set; }

        public SortedDictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public Node Child(string name) => Children.TryGetValue(name, out var node) ? node : Children[name] = new Node(name);
    }
}
