using Baton.Yaml;
using System.Globalization;
using System.Text;
using Baton.Library;
using Baton.Prompts;
using YamlDotNet.Core;

namespace Baton.Transfer;

/// <summary>
/// Reads what <see cref="ItemFileWriter"/> writes, and hand-written files in the same format, checking every
/// field with the library's own rules. Missing optional fields take the defaults of docs/export-import.md.
/// </summary>
internal static class ItemFileReader
{
    private static readonly string[] Fields =
        ["id", "kind", "title", "tags", "sensitivity", "revision", "created", "updated", "archived", "source", "anchor", "revised_by", "links", "prompt"];

    private static readonly string[] SourceFields =
        ["actor", "name", "tool", "model", "prompt", "repo", "branch", "commit", "dirty", "path", "lines", "url", "at"];

    private static readonly string[] AnchorFields = ["path", "lines", "commit", "hash", "language"];

    private static readonly string[] AuthorFields = ["actor", "name", "tool", "model"];

    private static readonly string[] LinkFields = ["type", "to", "at"];

    private static readonly string[] PromptFields = ["name", "labels"];

    /// <summary>The item of a Markdown file, or null when the file has no front matter (it is not an exported item).</summary>
    /// <param name="now">The time for a hand-written file that gives neither <c>created</c> nor <c>source.at</c>.</param>
    public static ItemFile? Read(string text, string source, long maxBodyBytes, DateTimeOffset now)
    {
        var frontMatter = FrontMatter.Split(text, source);
        if (!frontMatter.Present)
            return null;
        var map = FrontMatterMap.Root(frontMatter, Fields);
        var body = frontMatter.Body;

        var id = map.Parse(map.RequiredText("id"), ParseId);
        var kind = map.Parse(map.RequiredText("kind"), ItemKinds.Parse);
        var title = map.Parse(map.RequiredText("title"), ContextLibrary.CheckTitle);
        var tags = ReadTags(map);
        var sensitivity = map.Text("sensitivity") is { } s ? map.Parse(s, Sensitivities.Parse) : Sensitivity.Internal;
        var revision = map.Text("revision") is { } r ? map.Parse(r, v => ParseWholeNumber("revision", v)) : 1;
        var sourceMap = map.Map("source", SourceFields) ?? throw BatonErrors.MissingField(source, "source");
        var sourceAt = Time(sourceMap, "at");
        var created = Time(map, "created") ?? sourceAt ?? now;
        var label = ReadSource(sourceMap, sourceAt ?? created);
        var revisedBy = map.Map("revised_by", AuthorFields) is { } author ? ReadAuthor(author) : RevisionAuthor.From(label);
        CheckBody(body, source, maxBodyBytes);

        var item = new Item
        {
            Id = id,
            Kind = kind,
            Title = title,
            Body = body,
            Tags = tags,
            Sensitivity = sensitivity,
            Source = label,
            Anchor = map.Map("anchor", AnchorFields) is { } anchor ? ReadAnchor(anchor) : null,
            Revision = revision,
            RevisedBy = revisedBy,
            CreatedAt = created,
            UpdatedAt = Time(map, "updated") ?? created,
            ArchivedAt = Time(map, "archived"),
        };
        return new ItemFile(item, ReadLinks(map, id), ReadPrompt(map, item, source));
    }

    /// <summary>A full item id as the store keeps it: a ULID in lower case.</summary>
    public static string ParseId(string value)
    {
        var id = value.Trim().ToLowerInvariant();
        var valid = id.Length == ItemIds.Length && id[0] is >= '0' and <= '7'
            && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'z' && c is not 'i' and not 'l' and not 'o' and not 'u');
        return valid ? id : throw BatonErrors.InvalidItemId(value);
    }

    /// <summary>Each tag checked where it stands, then all normalised together (lower case, duplicates dropped).</summary>
    private static IReadOnlyList<string> ReadTags(FrontMatterMap map)
    {
        var fields = map.List("tags") ?? [];
        foreach (var field in fields)
            map.Parse(field, v => Tags.Normalize([v]));
        return Tags.Normalize(fields.Select(f => f.Value));
    }

    private static SourceLabel ReadSource(FrontMatterMap map, DateTimeOffset at) => new()
    {
        Actor = map.Parse(map.RequiredText("actor"), ActorKinds.Parse),
        Name = map.RequiredText("name").Value,
        Tool = map.Text("tool")?.Value,
        Model = map.Text("model")?.Value,
        PromptRef = map.Text("prompt")?.Value,
        Repo = map.Text("repo")?.Value,
        Branch = map.Text("branch")?.Value,
        Commit = map.Text("commit")?.Value,
        Dirty = map.Text("dirty") is { } dirty ? map.Parse(dirty, v => ParseBoolean("source.dirty", v)) : null,
        Path = map.Text("path")?.Value,
        Lines = map.Text("lines") is { } lines ? map.Parse(lines, LineRange.Parse) : null,
        Url = map.Text("url")?.Value,
        At = at,
    };

    private static RevisionAuthor ReadAuthor(FrontMatterMap map) => new(
        map.Parse(map.RequiredText("actor"), ActorKinds.Parse),
        map.RequiredText("name").Value,
        map.Text("tool")?.Value,
        map.Text("model")?.Value);

    private static SnippetAnchor ReadAnchor(FrontMatterMap map) => new(
        map.RequiredText("path").Value,
        map.Parse(map.RequiredText("lines"), LineRange.Parse),
        map.Text("commit")?.Value,
        map.RequiredText("hash").Value,
        map.Text("language")?.Value);

    private static List<FileLink> ReadLinks(FrontMatterMap map, string id)
    {
        var links = new List<FileLink>();
        foreach (var link in map.Maps("links", LinkFields) ?? [])
        {
            var type = link.Parse(link.RequiredText("type"), LinkType.Parse);
            var to = link.RequiredText("to");
            var target = link.Parse(to, ParseId);
            if (target == id)
                throw link.At(to.Node, BatonErrors.SelfLink(id));
            if (!links.Any(l => l.Type == type && l.To == target))
                links.Add(new FileLink(type, target, Time(link, "at")));
        }

        return links;
    }

    private static FilePrompt? ReadPrompt(FrontMatterMap map, Item item, string source)
    {
        var prompt = map.Map("prompt", PromptFields);
        if (item.Kind != ItemKind.Prompt)
            return prompt is null ? null : throw map.At(prompt.Node, BatonErrors.PromptFieldNotAllowed(item.Kind.Name()));
        if (prompt is null)
            throw BatonErrors.PromptNameMissing(source);

        var name = prompt.Parse(prompt.RequiredText("name"), PromptNames.CheckName);
        var labels = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (prompt.Map("labels", known: null) is { } labelMap)
        {
            foreach (var label in labelMap.Keys)
            {
                var field = labelMap.RequiredText(label);
                labelMap.Parse(field, _ => PromptNames.CheckSettableLabel(label));
                var version = labelMap.Parse(field, v => ParseWholeNumber(field.Name, v));
                labels[label] = version <= item.Revision ? version : throw labelMap.At(field.Node, BatonErrors.PromptLabelOutOfRange(label, version, item.Revision));
            }
        }

        return new FilePrompt(name, labels);
    }

    private static void CheckBody(string body, string source, long maxBodyBytes)
    {
        if (string.IsNullOrWhiteSpace(body))
            throw BatonErrors.EmptyFileBody(source);
        var bytes = Encoding.UTF8.GetByteCount(body);
        if (bytes > maxBodyBytes)
            throw BatonErrors.FileBodyTooLarge(source, bytes, maxBodyBytes);
    }

    private static DateTimeOffset? Time(FrontMatterMap map, string key) =>
        map.Text(key) is { } field ? map.Parse(field, v => ParseTime(field.Name, v)) : null;

    private static DateTimeOffset ParseTime(string field, string value)
    {
        // Milliseconds are what the store keeps; anything finer would not read back equal.
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            throw BatonErrors.InvalidTime(field, value);
        return DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
    }

    private static int ParseWholeNumber(string field, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw BatonErrors.InvalidWholeNumber(field, value);

    private static bool ParseBoolean(string field, string value) => value.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw BatonErrors.InvalidBoolean(field, value),
    };
}
