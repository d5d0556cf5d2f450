using Baton.Library;

namespace Baton.Cli.Json;

/// <summary>Maps domain records to their JSON shapes.</summary>
internal static class JsonViews
{
    public static ItemJson Item(Item item, string shortId, bool withBody, IReadOnlyList<ItemLink>? links = null) => new(
        item.Id,
        shortId,
        item.Kind.Name(),
        item.Title,
        withBody ? item.Body : null,
        item.Tags,
        item.Sensitivity.Name(),
        item.Revision,
        item.CreatedAt,
        item.UpdatedAt,
        item.ArchivedAt,
        Source(item.Source),
        item.Anchor is { } a ? new AnchorJson(a.Path, Lines(a.Lines), a.Commit, a.ContentHash, a.Language) : null,
        Author(item.RevisedBy),
        links?.Select(l => l.From == item.Id
            ? new LinkJson("out", l.Type, l.To, l.ToTitle, l.At)
            : new LinkJson("in", l.Type, l.From, l.FromTitle, l.At)).ToList());

    public static SourceJson Source(SourceLabel s) => new(
        s.Actor.Name(), s.Name, s.Tool, s.Model, s.PromptRef, s.Repo, s.Branch, s.Commit, s.Dirty, s.Path,
        s.Lines is { } lines ? Lines(lines) : null, s.Url, s.At);

    public static AuthorJson Author(RevisionAuthor a) => new(a.Actor.Name(), a.Name, a.Tool, a.Model);

    public static LinesJson Lines(LineRange lines) => new(lines.Start, lines.End);

    public static RevisionJson Revision(ItemRevision r) =>
        new(r.Revision, r.Title, r.Body, r.Tags, r.Sensitivity.Name(), Author(r.Author), r.At);

    public static SearchHitJson Hit(SearchHit hit, string shortId)
    {
        var (text, highlights) = Excerpts.Split(hit.Excerpt);
        return new SearchHitJson(Item(hit.Item, shortId, withBody: false), text,
            [.. highlights.Select(h => new HighlightJson(h.Start, h.Length))], Math.Round(hit.Score, 4));
    }
}
