using System.Globalization;

namespace Baton.Library;

/// <summary>An inclusive, 1-based range of lines in a file.</summary>
public readonly record struct LineRange(int Start, int End)
{
    public int Count => End - Start + 1;

    public override string ToString() => Start == End
        ? Start.ToString(CultureInfo.InvariantCulture)
        : $"{Start.ToString(CultureInfo.InvariantCulture)}-{End.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses <c>10-40</c> or a single line <c>12</c>.</summary>
    public static LineRange Parse(string value)
    {
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        var startText = dash < 0 ? value : value[..dash];
        var endText = dash < 0 ? value : value[(dash + 1)..];
        if (!int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start < 1 || end < start)
        {
            throw BatonErrors.InvalidLineRange(value);
        }

        return new LineRange(start, end);
    }
}
