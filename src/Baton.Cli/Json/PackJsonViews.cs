using Baton.Library;
using Baton.Packing;

namespace Baton.Cli.Json;

internal static class PackJsonViews
{
    public static PackSummaryJson Summary(PackResult result, string shortId, int top)
    {
        var m = result.Manifest;
        return new PackSummaryJson(
            m.Id, shortId, m.Style, m.Encoding, m.Target, m.Commit, m.OutputTokens, m.OutputBytes, m.OutputSha256,
            [.. m.Parts.Select(p => new PackPartJson(p.Part, p.Path, p.Tokens, p.Bytes, p.Sha256))],
            m.Files.CountBy(f => f.Status).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            [.. m.Files.Where(f => f.Status is not "included").Select(File)],
            [.. m.Skipped.Select(s => new PackSkippedJson(s.Path, s.Reason, s.Detail))],
            [.. m.Items.Select(i => new PackItemJson(i.Id, i.Revision, i.Title, i.Tokens, i.Status, i.Source))],
            m.Boundary.FindingsByRule,
            [.. m.Boundary.Withheld.Select(w => new PackWithheldJson(w.Reference, w.Sensitivity.Name()))],
            top > 0 ? [.. m.Files.Where(f => f.Blob is not null).OrderByDescending(f => f.Tokens).ThenBy(f => f.Path, StringComparer.Ordinal).Take(top).Select(File)] : null,
            new PackCacheJson(result.CacheHits, result.CacheMisses, result.KnownClean));
    }

    public static PackListJson ListEntry(PackManifest m, string shortId) => new(
        m.Id, shortId, m.CreatedAt, m.CreatedBy, m.Style, m.Encoding, m.Target, m.Commit,
        m.Files.Count(f => f.Status is "included" or "truncated"), m.Items.Count(i => i.Status is "included" or "truncated"), m.OutputTokens, m.OutputSha256);

    private static PackFileJson File(PackFileEntry f) => new(f.Path, f.Tokens, f.Status, f.Detail);
}
