using System.Collections.Concurrent;
using Baton.Storage;

namespace Baton.Privacy.Boundaries;

/// <summary>
/// What a boundary's scanner found nothing in before: the SHA-256 of every text it passed without a finding, kept per
/// scanner fingerprint (the build of its rules) in the workspace's store. A remembered text is not scanned again, and
/// that is the only shortcut a boundary takes: a text with any finding is scanned, treated and rescanned every time,
/// and a new build of the rules starts with an empty memory. See docs/privacy.md#scan-memory.
/// </summary>
internal sealed class ScanMemory
{
    private readonly IScanMemoryStore _store;
    private readonly IReadOnlySet<string> _known;
    private readonly ConcurrentDictionary<string, byte> _learned = new(StringComparer.Ordinal);
    private int _recalled;

    private ScanMemory(IScanMemoryStore store, string scanner, IReadOnlySet<string> known) => (_store, Scanner, _known) = (store, scanner, known);

    /// <summary>The fingerprint of the scanner the memory belongs to.</summary>
    public string Scanner { get; }

    /// <summary>Texts not scanned in this run because they were remembered clean.</summary>
    public int Recalled => Volatile.Read(ref _recalled);

    /// <summary>Texts found clean in this run and not remembered before: what <see cref="SaveAsync"/> writes.</summary>
    public int Learned => _learned.Count;

    /// <summary>The memory of <paramref name="scanner"/>; null when that scanner depends on settings (allow lists, baselines) and so has no fingerprint.</summary>
    public static async Task<ScanMemory?> OpenAsync(IScanMemoryStore store, PrivacyScanner scanner, CancellationToken cancellationToken = default) =>
        scanner.Fingerprint is { } fingerprint ? new ScanMemory(store, fingerprint, await store.FindCleanTextsAsync(fingerprint, cancellationToken)) : null;

    public bool Knows(string hash) => _known.Contains(hash) || _learned.ContainsKey(hash);

    /// <summary>Whether the text with this hash is remembered clean, counting it in <see cref="Recalled"/> when it is.</summary>
    public bool Recall(string hash)
    {
        if (!Knows(hash))
            return false;
        Interlocked.Increment(ref _recalled);
        return true;
    }

    public void Learn(string hash) => _learned.TryAdd(hash, 0);

    /// <summary>Writes what was learned (one transaction); nothing is lost by not saving but time.</summary>
    public Task SaveAsync(CancellationToken cancellationToken = default) =>
        _learned.IsEmpty ? Task.CompletedTask : _store.RememberCleanTextsAsync(Scanner, [.. _learned.Keys], cancellationToken);
}
