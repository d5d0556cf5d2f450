using Baton.Library;

namespace Baton.Cli.Infrastructure;

/// <summary>Parses <c>PATH</c> or <c>PATH:START-END</c> as given to --source-path and to <c>baton snippet</c>.</summary>
internal static class SourcePath
{
    public static (string? Path, LineRange? Lines) Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return (null, null);
        var colon = value.LastIndexOf(':');
        if (colon > 0 && colon < value.Length - 1 && char.IsAsciiDigit(value[colon + 1]))
            return (value[..colon], LineRange.Parse(value[(colon + 1)..]));
        return (value, null);
    }
}
