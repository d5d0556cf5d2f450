namespace Baton.Storage;

/// <summary>
/// The texts a privacy scanner found nothing in, by the scanner's fingerprint (its build and rules) and the SHA-256 of
/// the text. A boundary that remembers them does not scan the same text again (see <c>Privacy/Boundaries/ScanMemory</c>).
/// </summary>
public interface IScanMemoryStore
{
    /// <summary>The hashes of every text remembered clean for <paramref name="scanner"/>.</summary>
    Task<IReadOnlySet<string>> FindCleanTextsAsync(string scanner, CancellationToken cancellationToken = default);

    /// <summary>Remembers these hashes for <paramref name="scanner"/> and forgets what other scanners remembered, in one transaction.</summary>
    Task RememberCleanTextsAsync(string scanner, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default);
}
