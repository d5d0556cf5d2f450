using System.Globalization;
using Baton.Library;

namespace Baton.Transfer;

/// <summary>
/// Writes an <see cref="ItemFile"/> as Markdown: front matter between two <c>---</c> lines, then the body as
/// stored. The fields and their order are documented in docs/export-import.md; <see cref="ItemFileReader"/> reads them back.
/// It takes only a <see cref="ClearedItemFile"/>: the content it writes has passed a privacy boundary.
/// </summary>
internal static class ItemFileWriter
{
    public const string Delimiter = "---\n";

    public static string Write(ClearedItemFile cleared)
    {
        var file = cleared.File;
        var item = file.Item;
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.Write(Delimiter);
        var yaml = new FrontMatterEmitter(text);
        yaml.Text("id", item.Id);
        yaml.Text("kind", item.Kind.Name());
        yaml.Text("title", cleared.Title.Text);
        yaml.FlowList("tags", [.. cleared.Tags.Select(t => t.Text)]);
        yaml.Text("sensitivity", item.Sensitivity.Name());
        yaml.Number("revision", item.Revision);
        yaml.Time("created", item.CreatedAt);
        yaml.Time("updated", item.UpdatedAt);
        yaml.Time("archived", item.ArchivedAt);
        WriteSource(yaml, item.Source, cleared);
        if (item.Anchor is { } anchor)
            WriteAnchor(yaml, anchor);
        yaml.BeginMapping("revised_by");
        yaml.Text("actor", item.RevisedBy.Actor.Name());
        yaml.Text("name", cleared.RevisedByName.Text);
        yaml.Text("tool", item.RevisedBy.Tool);
        yaml.Text("model", item.RevisedBy.Model);
        yaml.EndMapping();
        WriteLinks(yaml, file.Links);
        if (file.Prompt is { } prompt)
            WritePrompt(yaml, prompt);
        yaml.Finish();
        text.Write(Delimiter);
        text.Write(cleared.Body.Text);
        return text.ToString();
    }

    private static void WriteSource(FrontMatterEmitter yaml, SourceLabel source, ClearedItemFile cleared)
    {
        yaml.BeginMapping("source");
        yaml.Text("actor", source.Actor.Name());
        yaml.Text("name", cleared.SourceName.Text);
        yaml.Text("tool", source.Tool);
        yaml.Text("model", source.Model);
        yaml.Text("prompt", source.PromptRef);
        yaml.Text("repo", source.Repo);
        yaml.Text("branch", source.Branch);
        yaml.Text("commit", source.Commit);
        yaml.Boolean("dirty", source.Dirty);
        yaml.Text("path", source.Path);
        yaml.Plain("lines", source.Lines?.ToString());
        yaml.Text("url", cleared.SourceUrl?.Text);
        yaml.Time("at", source.At);
        yaml.EndMapping();
    }

    private static void WriteAnchor(FrontMatterEmitter yaml, SnippetAnchor anchor)
    {
        yaml.BeginMapping("anchor");
        yaml.Text("path", anchor.Path);
        yaml.Plain("lines", anchor.Lines.ToString());
        yaml.Text("commit", anchor.Commit);
        yaml.Text("hash", anchor.ContentHash);
        yaml.Text("language", anchor.Language);
        yaml.EndMapping();
    }

    private static void WriteLinks(FrontMatterEmitter yaml, IReadOnlyList<FileLink> links)
    {
        if (links.Count == 0)
            return;
        yaml.BeginList("links");
        foreach (var link in links)
        {
            yaml.BeginMapping();
            yaml.Text("type", link.Type);
            yaml.Text("to", link.To);
            yaml.Time("at", link.At);
            yaml.EndMapping();
        }

        yaml.EndList();
    }

    private static void WritePrompt(FrontMatterEmitter yaml, FilePrompt prompt)
    {
        yaml.BeginMapping("prompt");
        yaml.Text("name", prompt.Name);
        if (prompt.Labels.Count > 0)
        {
            yaml.BeginMapping("labels");
            foreach (var (label, version) in prompt.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
                yaml.Number(label, version);
            yaml.EndMapping();
        }

        yaml.EndMapping();
    }
}
