using System.Globalization;
using Baton.Cli.Json;
using Baton.Library;
using Spectre.Console;

namespace Baton.Cli.Infrastructure;

/// <summary>How items look to people: one table for lists, a page for one item, a line per search hit.</summary>
internal static class ItemRenderer
{
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static void List(Output output, IReadOnlyList<Item> items, IReadOnlyDictionary<string, string> shortIds)
    {
        if (!output.Rich)
        {
            foreach (var item in items)
                output.Line(string.Join('\t', shortIds[item.Id], item.Kind.Name(), item.Title, string.Join(',', item.Tags), item.Source.Summary(), When(item.UpdatedAt)));
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("ID").AddColumn("KIND").AddColumn("TITLE").AddColumn("TAGS").AddColumn("SOURCE").AddColumn("UPDATED");
        foreach (var item in items)
        {
            table.AddRow(
                new Text(shortIds[item.Id], new Style(Color.Yellow)),
                new Text(item.Kind.Name()),
                new Text(item.Title + (item.ArchivedAt is null ? "" : " (archived)")),
                new Text(string.Join(", ", item.Tags), new Style(Color.Cyan)),
                new Text(item.Source.Summary(), new Style(decoration: Decoration.Dim)),
                new Text(When(item.UpdatedAt)));
        }

        output.Console.Write(table);
        output.Note($"{items.Count} item{(items.Count == 1 ? "" : "s")}");
    }

    public static void Show(Output output, Item item, string shortId, IReadOnlyList<ItemLink> links, IReadOnlyDictionary<string, string> linkShortIds)
    {
        var c = output.Console;
        c.Write(new Text(shortId, new Style(Color.Yellow)));
        c.Write(new Text($"  {item.Kind.Name()}  "));
        c.Write(new Text(item.Title + "\n", new Style(decoration: Decoration.Bold)));
        c.Write(new Text($"id:          {item.Id}\n"));
        if (item.Tags.Count > 0)
            c.Write(new Text($"tags:        {string.Join(", ", item.Tags)}\n"));
        c.Write(new Text($"sensitivity: {item.Sensitivity.Name()}\n"));
        c.Write(new Text($"revision:    {item.Revision} ({When(item.UpdatedAt)} by {item.RevisedBy}){(item.ArchivedAt is { } a ? $", archived {When(a)}" : "")}\n"));
        c.Write(new Text($"created:     {When(item.CreatedAt)}\n"));
        foreach (var (label, value) in SourceLines(item.Source))
            c.Write(new Text($"{label,-13}{value}\n"));
        if (item.Anchor is { } anchor)
            c.Write(new Text($"anchor:      {anchor.Path}:{anchor.Lines}{(anchor.Commit is null ? "" : "@" + anchor.Commit[..Math.Min(12, anchor.Commit.Length)])} {anchor.ContentHash[..Math.Min(19, anchor.ContentHash.Length)]}\n"));
        foreach (var link in links)
        {
            var outgoing = link.From == item.Id;
            var other = outgoing ? link.To : link.From;
            c.Write(new Text($"link:        {(outgoing ? "→" : "←")} {link.Type} {linkShortIds[other]} {(outgoing ? link.ToTitle : link.FromTitle)}\n"));
        }

        output.Line();
        output.Line(item.Body.TrimEnd('\n'));
    }

    private static IEnumerable<(string, string)> SourceLines(SourceLabel s)
    {
        yield return ("source:", $"{s.Actor.Name()} {s.Name}" + (s.Tool is null || s.Tool == s.Name ? "" : $" via {s.Tool}") + (s.Model is null ? "" : $" ({s.Model})"));
        if (s.PromptRef is not null)
            yield return ("prompt:", s.PromptRef);
        if (s.Repo is not null || s.Commit is not null)
            yield return ("repo:", $"{s.Repo}{(s.Branch is null ? "" : " " + s.Branch)}{(s.Commit is null ? "" : " @ " + s.Commit[..Math.Min(12, s.Commit.Length)])}{(s.Dirty == true ? " (uncommitted changes)" : "")}");
        if (s.Path is not null)
            yield return ("path:", s.Path + (s.Lines is { } lines ? ":" + lines : ""));
        if (s.Url is not null)
            yield return ("url:", s.Url);
        yield return ("captured:", When(s.At));
    }

    public static void Hits(Output output, IReadOnlyList<SearchHit> hits, IReadOnlyDictionary<string, string> shortIds)
    {
        foreach (var hit in hits)
        {
            var item = hit.Item;
            var (excerpt, highlights) = Excerpts.Split(hit.Excerpt);
            if (!output.Rich)
            {
                output.Line(string.Join('\t', shortIds[item.Id], item.Kind.Name(), item.Title, string.Join(',', item.Tags), item.Source.Summary(), excerpt));
                continue;
            }

            var c = output.Console;
            c.Write(new Text(shortIds[item.Id], new Style(Color.Yellow)));
            c.Write(new Text($"  {item.Kind.Name(),-8} "));
            c.Write(new Text(item.Title, new Style(decoration: Decoration.Bold)));
            if (item.Tags.Count > 0)
                c.Write(new Text("  " + string.Join(" ", item.Tags.Select(t => "#" + t)), new Style(Color.Cyan)));
            c.Write(new Text($"  {item.Source.Summary()}\n", new Style(decoration: Decoration.Dim)));
            c.Write(new Text("    "));
            var at = 0;
            foreach (var (start, length) in highlights)
            {
                c.Write(new Text(excerpt[at..start]));
                c.Write(new Text(excerpt.Substring(start, length), new Style(Color.Black, Color.Yellow)));
                at = start + length;
            }

            c.Write(new Text(excerpt[at..] + "\n"));
        }

        output.Note(hits.Count == 0 ? "no matches" : $"{hits.Count} match{(hits.Count == 1 ? "" : "es")}");
    }
}
