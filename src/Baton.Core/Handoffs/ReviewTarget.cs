using System.Globalization;
using Baton.Library;

namespace Baton.Handoffs;

/// <summary>What a review comment points at: a library item, or lines of a file (at the handoff's head commit).</summary>
public sealed record ReviewTarget(string? ItemId, string? Path, LineRange? Lines)
{
    /// <summary>"01kmz3ab…" or "src/Api.cs:40-48".</summary>
    public override string ToString() => ItemId ?? (Lines is { } l
        ? $"{Path}:{(l.Start == l.End ? l.Start.ToString(CultureInfo.InvariantCulture) : $"{l.Start}-{l.End}")}"
        : Path!);

    /// <summary>Reads PATH:LINE or PATH:START-END; null when <paramref name="value"/> has no line part (then it may be an item id).</summary>
    public static ReviewTarget? TryParseFileLine(string value)
    {
        var colon = value.LastIndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
            return null;
        var (path, range) = (value[..colon], value[(colon + 1)..]);
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        var startText = dash < 0 ? range : range[..dash];
        var endText = dash < 0 ? range : range[(dash + 1)..];
        if (!int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start < 1 || end < start)
        {
            return null;
        }

        return new ReviewTarget(null, path.Replace('\\', '/'), new LineRange(start, end));
    }
}
