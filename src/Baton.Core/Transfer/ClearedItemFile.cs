using Baton.Privacy.Boundaries;

namespace Baton.Transfer;

/// <summary>
/// An item's file as it may leave Baton: its content (title, body, tags, and the names and URL of its source label,
/// which can hold addresses) passed through a privacy boundary. <see cref="ItemFileWriter"/> writes only this, and only
/// <see cref="Pass"/> makes one, so an export cannot write an item that did not pass. Ids, kinds, times, hashes and
/// links are Baton's own metadata and are written as they are.
/// </summary>
internal sealed class ClearedItemFile
{
    private ClearedItemFile(ItemFile file, PrivacyBoundary.Cleared title, PrivacyBoundary.Cleared body, IReadOnlyList<PrivacyBoundary.Cleared> tags,
        int tagsLeftOut, PrivacyBoundary.Cleared sourceName, PrivacyBoundary.Cleared? sourceUrl, PrivacyBoundary.Cleared revisedByName)
    {
        File = file;
        Title = title;
        Body = body;
        Tags = tags;
        TagsLeftOut = tagsLeftOut;
        SourceName = sourceName;
        SourceUrl = sourceUrl;
        RevisedByName = revisedByName;
    }

    /// <summary>The item's metadata, links and prompt name; its content fields are read from the cleared properties only.</summary>
    public ItemFile File { get; }

    public PrivacyBoundary.Cleared Title { get; }

    public PrivacyBoundary.Cleared Body { get; }

    /// <summary>The tags that passed unchanged: a tag the boundary would change is left out, since a placeholder is not a valid tag.</summary>
    public IReadOnlyList<PrivacyBoundary.Cleared> Tags { get; }

    public int TagsLeftOut { get; }

    public PrivacyBoundary.Cleared SourceName { get; }

    public PrivacyBoundary.Cleared? SourceUrl { get; }

    public PrivacyBoundary.Cleared RevisedByName { get; }

    /// <summary>Passes the file's content through <paramref name="boundary"/>; the caller has admitted the item by its sensitivity.</summary>
    public static ClearedItemFile Pass(ItemFile file, PrivacyBoundary boundary)
    {
        var item = file.Item;
        var tags = new List<PrivacyBoundary.Cleared>(item.Tags.Count);
        var leftOut = 0;
        foreach (var tag in item.Tags)
        {
            var cleared = boundary.Pass(tag);
            if (cleared.Text == tag)
                tags.Add(cleared);
            else
                leftOut++;
        }

        return new ClearedItemFile(
            file,
            boundary.Pass(item.Title),
            boundary.Pass(item.Body),
            tags,
            leftOut,
            boundary.Pass(item.Source.Name),
            item.Source.Url is { } url ? boundary.Pass(url) : null,
            boundary.Pass(item.RevisedBy.Name));
    }
}
