namespace Baton.Library;

/// <summary>Tag rules: lower case, 1–64 characters of letters, digits and <c>. _ - / :</c>; order kept, duplicates dropped.</summary>
public static class Tags
{
    public static IReadOnlyList<string> Normalize(IEnumerable<string> tags)
    {
        var result = new List<string>();
        foreach (var raw in tags.SelectMany(t => t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var tag = raw.TrimStart('#').ToLowerInvariant();
            if (tag.Length is 0 or > 64 || !tag.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '/' or ':'))
                throw BatonErrors.InvalidTag(raw);
            if (!result.Contains(tag))
                result.Add(tag);
        }

        return result;
    }
}
