using System.Text.RegularExpressions;

namespace Baton.Privacy.Allowing;

/// <summary>
/// What the user has declared not to be a finding: paths that are not scanned at all (globs) and values that are
/// accepted wherever they occur (regular expressions, matched against the whole value). Patterns run on the
/// non-backtracking engine, so a user's pattern cannot make a scan slow.
/// </summary>
internal sealed class AllowList
{
    public static readonly AllowList Empty = new([], []);

    private readonly PathGlob[] _paths;
    private readonly Regex[] _values;

    public AllowList(IEnumerable<string> pathGlobs, IEnumerable<string> valuePatterns)
    {
        _paths = [.. pathGlobs.Select(p => new PathGlob(p))];
        _values = [.. valuePatterns.Select(Compile)];
    }

    /// <summary>The glob that allows <paramref name="path"/>, or null when the path is to be scanned.</summary>
    public string? PathAllowedBy(string? path) =>
        path is null ? null : Array.Find(_paths, g => g.IsMatch(path))?.Pattern;

    public bool AllowsValue(string value) => Array.Exists(_values, r => r.IsMatch(value));

    private static Regex Compile(string pattern)
    {
        try
        {
            return new Regex($"^(?:{pattern})$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw BatonErrors.InvalidAllowPattern(pattern, e.Message);
        }
        catch (NotSupportedException e)
        {
            throw BatonErrors.InvalidAllowPattern(pattern, e.Message);
        }
    }
}
