using System.Collections;

namespace Baton.Library;

/// <summary>
/// A page of search results, best first. <see cref="WindowFull"/> says the query matched at least as many items as
/// the ranking window holds, so these are the best of the newest matches, not necessarily of all of them.
/// </summary>
public sealed class SearchResults(IReadOnlyList<SearchHit> hits, int? rankWindow, bool windowFull) : IReadOnlyList<SearchHit>
{
    public static SearchResults Empty { get; } = new([], null, windowFull: false);

    /// <summary>The ranking window the search used, or null when it ranked every match.</summary>
    public int? RankWindow { get; } = rankWindow;

    public bool WindowFull { get; } = windowFull;

    public int Count => hits.Count;

    public SearchHit this[int index] => hits[index];

    public IEnumerator<SearchHit> GetEnumerator() => hits.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
