namespace Baton.Library;

/// <summary>Names of <see cref="ItemKind"/> as users type them and as the store keeps them.</summary>
public static class ItemKinds
{
    private static readonly (ItemKind Kind, string Name)[] Names =
    [
        (ItemKind.Note, "note"),
        (ItemKind.Snippet, "snippet"),
        (ItemKind.Decision, "decision"),
        (ItemKind.Doc, "doc"),
        (ItemKind.Prompt, "prompt"),
        (ItemKind.Feedback, "feedback"),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static string Name(this ItemKind kind) => Names.First(n => n.Kind == kind).Name;

    public static ItemKind Parse(string value)
    {
        foreach (var (kind, name) in Names)
        {
            if (string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase))
                return kind;
        }

        throw BatonErrors.UnknownKind(value, All);
    }
}
