namespace Baton.Transfer;

/// <summary>What an export did to one file.</summary>
public enum ExportStatus
{
    Created,
    Updated,
    Unchanged,
}
