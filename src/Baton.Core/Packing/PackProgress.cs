namespace Baton.Packing;

/// <summary>How far a pack has got, for a progress bar: files walked, measured and written, and tokens counted.</summary>
public sealed record PackProgress(string Stage, int FilesWalked, int FilesSelected, int FilesMeasured, long TokensCounted, int FilesWritten);

/// <summary>
/// What building a pack produced: its manifest (already recorded unless it was a rebuild) and the counts to show:
/// token counts reused and counted, and texts the boundary did not scan again because it passed them clean before.
/// </summary>
public sealed record PackResult(PackManifest Manifest, int CacheHits, int CacheMisses, int KnownClean, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings);
