using Baton.Library;

namespace Baton.Transfer;

/// <summary>
/// Where an item's file goes: <c>&lt;kind&gt;/&lt;slug-of-title&gt;-&lt;id&gt;.md</c>. The slug is lower-case ASCII letters,
/// digits and dashes (at most 60), safe on every file system; the full id keeps names unique and stable, so a
/// re-export overwrites the same file, and lets the exporter find a file whose title (and so slug) changed.
/// </summary>
internal static class ExportFileNames
{
    public const int MaxSlugLength = 60;

    public const string Extension = ".md";

    // ASCII letters for U+00C0..U+017F (Latin-1 and Latin Extended-A), '-' where there is none. Written out
    // because Baton runs with InvariantGlobalization, where string.Normalize cannot strip accents.
    private const string LatinFold =
        "aaaaaaaceeeeiiiidnooooo-ouuuuytsaaaaaaaceeeeiiiidnooooo-ouuuuyty" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll" +
        "nnnnnnnnnoooooooorrrrrrsssssssstttttt" + "uuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>The path relative to the export folder, with '/' separators.</summary>
    public static string For(Item item) => $"{item.Kind.Name()}/{Slug(item.Title)}-{item.Id}{Extension}";

    /// <summary>The id a file name ends with (<c>…-&lt;id&gt;.md</c>), or null when it does not end with one.</summary>
    public static string? IdOf(string fileName)
    {
        var stem = fileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? fileName[..^Extension.Length] : null;
        if (stem is null || stem.Length < ItemIds.Length + 1 || stem[^(ItemIds.Length + 1)] != '-')
            return null;
        try
        {
            return ItemFileReader.ParseId(stem[^ItemIds.Length..]);
        }
        catch (BatonException)
        {
            return null;
        }
    }

    public static string Slug(string title)
    {
        var slug = new System.Text.StringBuilder(MaxSlugLength);
        foreach (var c in title)
        {
            var folded = Fold(c);
            if (folded != '-')
                slug.Append(folded);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
            if (slug.Length >= MaxSlugLength)
                break;
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "item" : text;
    }

    private static char Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c,
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        >= '\u00C0' and <= '\u017F' => LatinFold[c - '\u00C0'],
        _ => '-',
    };
}
