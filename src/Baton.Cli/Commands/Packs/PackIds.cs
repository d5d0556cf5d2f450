using Baton.Library;
using Baton.Storage;

namespace Baton.Cli.Commands.Packs;

/// <summary>Pack ids are ULIDs like item ids, shown as the shortest prefix (8 characters or more) no other pack shares.</summary>
internal static class PackIds
{
    public static async Task<string> ShortAsync(IPackStore store, string id, CancellationToken cancellationToken)
    {
        for (var length = ItemIds.ShortLength; length < id.Length; length++)
        {
            try
            {
                await store.ResolvePackIdAsync(id[..length], cancellationToken);
                return id[..length];
            }
            catch (BatonException e) when (e.Kind == ErrorKind.Input)
            {
                // Shared with another pack: one more character.
            }
        }

        return id;
    }

    public static Task<string> ResolveAsync(IPackStore store, string given, CancellationToken cancellationToken) =>
        store.ResolvePackIdAsync(ItemIds.NormalizePrefix(given), cancellationToken);
}
