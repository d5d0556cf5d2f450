using System.Text;
using Baton.Library;

namespace Baton.Cli.Json;

/// <summary>Reads the highlight markers of <see cref="SearchHit.Excerpt"/>.</summary>
internal static class Excerpts
{
    /// <summary>The excerpt without markers, and the spans that were marked.</summary>
    public static (string Text, IReadOnlyList<(int Start, int Length)> Highlights) Split(string excerpt)
    {
        var text = new StringBuilder(excerpt.Length);
        var spans = new List<(int, int)>();
        var start = -1;
        foreach (var c in excerpt)
        {
            if (c == SearchHit.HighlightStart)
                start = text.Length;
            else if (c == SearchHit.HighlightEnd && start >= 0)
            {
                spans.Add((start, text.Length - start));
                start = -1;
            }
            else
                text.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }

        return (text.ToString(), spans);
    }
}
