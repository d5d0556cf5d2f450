namespace Baton.Library;

/// <summary>What an item is. Stored and shown by its kebab-case name (see <see cref="ItemKinds"/>).</summary>
public enum ItemKind
{
    Note,
    Snippet,
    Decision,
    Doc,
    Prompt,

    /// <summary>Feedback on a handoff, linked to it and, where given, to an item or lines at a commit.</summary>
    Feedback,
}
