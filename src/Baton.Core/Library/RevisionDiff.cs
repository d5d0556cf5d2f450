using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace Baton.Library;

/// <summary>A unified diff between two revisions of an item: metadata changes first, then the body's hunks.</summary>
public static class RevisionDiff
{
    private const int Context = 3;

    public static string Unified(string id, ItemRevision from, ItemRevision to)
    {
        var text = new StringBuilder();
        text.Append($"--- {id} revision {from.Revision} ({from.Author})\n");
        text.Append($"+++ {id} revision {to.Revision} ({to.Author})\n");
        if (from.Title != to.Title)
            text.Append($"-title: {from.Title}\n+title: {to.Title}\n");
        if (!from.Tags.SequenceEqual(to.Tags))
            text.Append($"-tags: {string.Join(", ", from.Tags)}\n+tags: {string.Join(", ", to.Tags)}\n");
        if (from.Sensitivity != to.Sensitivity)
            text.Append($"-sensitivity: {from.Sensitivity.Name()}\n+sensitivity: {to.Sensitivity.Name()}\n");

        var diff = Differ.Instance.CreateDiffs(from.Body, to.Body, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        var blocks = diff.DiffBlocks;
        var i = 0;
        while (i < blocks.Count)
        {
            // Merge blocks whose context would overlap into one hunk.
            var first = blocks[i];
            var last = first;
            while (i + 1 < blocks.Count && blocks[i + 1].DeleteStartA - (last.DeleteStartA + last.DeleteCountA) <= 2 * Context)
                last = blocks[++i];
            i++;
            var startA = Math.Max(0, first.DeleteStartA - Context);
            var endA = Math.Min(a.Count, last.DeleteStartA + last.DeleteCountA + Context);
            var startB = Math.Max(0, first.InsertStartB - Context);
            var endB = Math.Min(b.Count, last.InsertStartB + last.InsertCountB + Context);
            text.Append($"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@\n");
            var lineA = startA;
            foreach (var block in Range(blocks, first, last))
            {
                for (; lineA < block.DeleteStartA; lineA++)
                    text.Append(' ').Append(a[lineA]).Append('\n');
                for (var k = 0; k < block.DeleteCountA; k++, lineA++)
                    text.Append('-').Append(a[lineA]).Append('\n');
                for (var k = 0; k < block.InsertCountB; k++)
                    text.Append('+').Append(b[block.InsertStartB + k]).Append('\n');
            }

            for (; lineA < endA; lineA++)
                text.Append(' ').Append(a[lineA]).Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<DiffBlock> Range(IList<DiffBlock> blocks, DiffBlock first, DiffBlock last)
    {
        var inside = false;
        foreach (var block in blocks)
        {
            inside |= ReferenceEquals(block, first);
            if (inside)
                yield return block;
            if (ReferenceEquals(block, last))
                yield break;
        }
    }
}
