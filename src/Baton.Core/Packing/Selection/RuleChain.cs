namespace Baton.Packing.Selection;

/// <summary>The per-folder ignore files in force for a folder, innermost first: a deeper file wins, as in git.</summary>
internal sealed class RuleChain(IgnoreFile file, RuleChain? parent)
{
    public IgnoreFile File => file;

    public RuleChain? Parent => parent;

    public static RuleChain? Push(RuleChain? chain, IgnoreFile? file) => file is null ? chain : new RuleChain(file, chain);

    public static IgnorePattern? LastMatch(RuleChain? chain, ReadOnlySpan<byte> path, int nameStart, bool isDirectory, bool ignoreCase)
    {
        for (var link = chain; link is not null; link = link.Parent)
        {
            if (link.File.LastMatch(path, nameStart, isDirectory, ignoreCase) is { } match)
                return match;
        }

        return null;
    }
}
