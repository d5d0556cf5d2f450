namespace Baton.Prompts;

/// <summary>
/// The rules for prompt names and labels. Both are 1–64 characters of lower-case ASCII letters, digits and
/// <c>. _ -</c>; a name starts with a letter or digit, a label with a letter, so that a label never reads as
/// a version number. <c>latest</c> always means the newest version and cannot be set.
/// </summary>
public static class PromptNames
{
    public const string Latest = "latest";

    public const string Production = "production";

    public const int MaxLength = 64;

    public static bool IsValidName(string name) => IsValid(name) && char.IsAsciiLetterOrDigit(name[0]);

    public static bool IsValidLabel(string label) => IsValid(label) && char.IsAsciiLetterLower(label[0]);

    public static string CheckName(string name) => IsValidName(name) ? name : throw BatonErrors.InvalidPromptNameSyntax(name);

    /// <summary>A label that can be set by hand: valid, and not <see cref="Latest"/>.</summary>
    public static string CheckSettableLabel(string label)
    {
        if (!IsValidLabel(label))
            throw BatonErrors.InvalidPromptLabel(label);
        return label == Latest ? throw BatonErrors.LatestLabelIsImplicit() : label;
    }

    private static bool IsValid(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-');
}
