using System.Buffers;

namespace Baton.Privacy.Allowing;

/// <summary>
/// The <c>baton:allow</c> comments of a text. A finding is allowed when a line it touches carries the marker:
/// <c>baton:allow</c> allows every rule on that line, <c>baton:allow=email,phone-number</c> only those rules.
/// Findings wait here until their last line has been read whole, since the marker may come after the value.
/// </summary>
internal sealed class InlineAllowances
{
    private static readonly SearchValues<char> RuleIdChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-,");

    private readonly Dictionary<long, HashSet<string>?> _lines = [];

    /// <summary>Records a marker on <paramref name="line"/>; <paramref name="after"/> is the text that follows it.</summary>
    public void AddMarker(long line, ReadOnlySpan<char> after)
    {
        HashSet<string>? rules = null;
        if (after.Length > 1 && after[0] == '=')
        {
            var list = after[1..];
            var end = list.IndexOfAnyExcept(RuleIdChars);
            rules = [.. list[..(end < 0 ? list.Length : end)].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries)];
        }

        if (_lines.TryGetValue(line, out var existing))
        {
            // Two markers on one line: the broader one wins.
            _lines[line] = existing is null || rules is null ? null : [.. existing, .. rules];
            return;
        }

        _lines[line] = rules;
    }

    public bool Allows(long firstLine, long lastLine, string ruleId)
    {
        for (var line = firstLine; line <= lastLine; line++)
        {
            if (_lines.TryGetValue(line, out var rules) && (rules is null || rules.Contains(ruleId)))
                return true;
        }

        return false;
    }

    /// <summary>Forgets markers on lines before <paramref name="line"/>: no finding still to come can touch them.</summary>
    public void ForgetBefore(long line)
    {
        if (_lines.Count == 0)
            return;
        foreach (var key in _lines.Keys.Where(k => k < line).ToList())
            _lines.Remove(key);
    }
}
