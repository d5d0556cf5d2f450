using System.Text;

namespace Baton.Privacy.Scanning;

/// <summary>
/// Reads a path as git prints it in a patch header: as is, or, when it holds a quote, a backslash or a control
/// character, in double quotes with C escapes (<c>\t</c>, <c>\n</c>, <c>\"</c>, <c>\\</c>, octal bytes).
/// </summary>
internal static class GitPathQuoting
{
    public static string Unquote(string text)
    {
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
            return text;
        var bytes = new List<byte>(text.Length);
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length - 1)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }

            var next = text[++i];
            if (next is >= '0' and <= '7' && i + 2 < text.Length - 1)
            {
                bytes.Add((byte)(((next - '0') << 6) | ((text[i + 1] - '0') << 3) | (text[i + 2] - '0')));
                i += 2;
                continue;
            }

            bytes.Add(next switch
            {
                'a' => 7, 'b' => 8, 't' => 9, 'n' => 10, 'v' => 11, 'f' => 12, 'r' => 13,
                _ => (byte)next,
            });
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
