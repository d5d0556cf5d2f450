using Baton.Library;
using Baton.Storage;

namespace Baton.Transfer;

/// <summary>One valid file of an import, the item as the workspace has it now (null when new), and what importing it will do.</summary>
internal sealed record ImportPlan(string Path, ItemFile File, Item? Current, ImportOutcome Outcome)
{
    public bool ArchiveChanges => Current is not null && (Current.ArchivedAt is null) != (File.Item.ArchivedAt is null);
}
