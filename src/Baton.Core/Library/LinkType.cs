namespace Baton.Library;

/// <summary>Known typed relations between items. Stored and shown by kebab-case name.</summary>
public static class LinkType
{
    public const string RelatesTo = "relates-to";
    public const string DerivedFrom = "derived-from";
    public const string Supersedes = "supersedes";
    public const string DependsOn = "depends-on";
    public const string Implements = "implements";
    public const string References = "references";
    public const string Answers = "answers";

    public static IReadOnlyList<string> All { get; } =
        [RelatesTo, DerivedFrom, Supersedes, DependsOn, Implements, References, Answers];

    public static string Parse(string value)
    {
        var name = value.Trim().ToLowerInvariant();
        return All.Contains(name) ? name : throw BatonErrors.UnknownLinkType(value, All);
    }
}
