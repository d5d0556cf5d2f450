using Baton.Library;
using Baton.Packing;

namespace Baton.Storage;

/// <summary>Packs' manifests (immutable once written) and the token counts cached per hash of the text counted.</summary>
public interface IPackStore
{
    /// <summary>The cached count of the text whose hash is <paramref name="hash"/>, or null. Safe to call from several threads.</summary>
    Task<int?> FindTokenCountAsync(string encoding, string hash, CancellationToken cancellationToken = default);

    /// <summary>Every cached count of <paramref name="encoding"/> by hash, or null when there are more than <paramref name="limit"/> (then ask one by one).</summary>
    Task<IReadOnlyDictionary<string, int>?> FindTokenCountsAsync(string encoding, int limit, CancellationToken cancellationToken = default);

    /// <summary>Records a pack and its event, and caches the counts measured on the way, in one transaction.</summary>
    Task AddPackAsync(PackManifest manifest, IReadOnlyDictionary<string, int> newTokenCounts, RevisionAuthor by, CancellationToken cancellationToken = default);

    /// <summary>Finds the one pack whose id starts with <paramref name="prefix"/> (already normalised).</summary>
    Task<string> ResolvePackIdAsync(string prefix, CancellationToken cancellationToken = default);

    Task<PackManifest?> FindPackAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The newest packs first.</summary>
    Task<IReadOnlyList<PackManifest>> ListPacksAsync(int limit, CancellationToken cancellationToken = default);
}
