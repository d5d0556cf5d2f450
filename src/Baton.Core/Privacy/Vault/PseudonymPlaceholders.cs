using System.Text.RegularExpressions;
using Baton.Storage;

namespace Baton.Privacy.Vault;

/// <summary>
/// Finds the placeholders a pseudonymising boundary writes (<c>&lt;EMAIL_3&gt;</c>, <c>&lt;PHONE_NUMBER_12&gt;</c>) in a text,
/// also as Markdown escapes them (<c>\&lt;EMAIL\_3\&gt;</c>, from <c>handoff show --markdown</c>), which an answer may copy.
/// </summary>
internal static class PseudonymPlaceholders
{
    public static IReadOnlyList<(int Start, int Length, PseudonymRef Placeholder)> Find(string text)
    {
        var found = new List<(int, int, PseudonymRef)>();
        foreach (Match match in Pattern.Matches(text))
        {
            if (long.TryParse(match.Groups[2].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
                found.Add((match.Index, match.Length, new PseudonymRef(match.Groups[1].Value.Replace("\\", "", StringComparison.Ordinal), number)));
        }

        return found;
    }

    // Labels are rule ids in upper case with underscores; numbers start at 1. Linear: no backtracking engine.
    // Markdown escaping puts a backslash before '<', '_' and '>'; the label loses its backslashes before lookup.
    private static readonly Regex Pattern = new(@"\\?<([A-Z](?:[A-Z0-9]|\\?_){0,63})\\?_([1-9][0-9]{0,17})\\?>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
