using System.Text;
using System.Text.RegularExpressions;

namespace Baton.Privacy.Allowing;

/// <summary>
/// A gitignore-style path pattern: <c>*</c> within a segment, <c>**</c> across segments, <c>?</c> one character.
/// A pattern without a slash matches the file name at any depth. Paths are compared with forward slashes.
/// </summary>
internal sealed class PathGlob
{
    private readonly Regex _regex;

    public PathGlob(string pattern)
    {
        Pattern = pattern;
        var body = pattern.Replace('\\', '/').TrimStart('/');
        var anywhere = !pattern.Replace('\\', '/').TrimEnd('/').Contains('/');
        var regex = new StringBuilder(anywhere ? "^(?:.*/)?" : "^");
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '*' && i + 1 < body.Length && body[i + 1] == '*')
            {
                var slash = i + 2 < body.Length && body[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        // A pattern naming a folder covers everything under it.
        regex.Append(body.EndsWith('/') ? ".*$" : "(?:/.*)?$");
        _regex = new Regex(regex.ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => _regex.IsMatch(path.Replace('\\', '/').TrimStart('.', '/'));
}
