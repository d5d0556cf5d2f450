using System.Globalization;

namespace Baton.Bench;

/// <summary>The <c>--name value</c> options of one subcommand; unknown or malformed options are errors with the usage.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null)
                    _values[name] = "true";
                name = arg[2..];
            }
            else if (name is not null)
            {
                _values[name] = arg;
                name = null;
            }
            else
            {
                throw new UsageException($"unexpected argument '{arg}'");
            }
        }

        if (name is not null)
            _values[name] = "true";
    }

    public string? Text(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public string RequiredText(string name) => Text(name) ?? throw new UsageException($"--{name} is required");

    public long Number(string name, long fallback)
    {
        var text = Text(name);
        if (text is null)
            return fallback;
        var multiplier = 1L;
        if (text.EndsWith('k') || text.EndsWith('K'))
            (multiplier, text) = (1_000, text[..^1]);
        else if (text.EndsWith('m') || text.EndsWith('M'))
            (multiplier, text) = (1_000_000, text[..^1]);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value * multiplier
            : throw new UsageException($"--{name} must be a positive whole number (100k and 1m are fine), not '{Text(name)}'");
    }

    public bool Flag(string name) => Text(name) is "true";

    /// <summary>Throws if an option was given that the subcommand never asked for: a typo must not silently run the default.</summary>
    public void EnsureAllRead()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"unknown option{(unknown.Count > 1 ? "s" : "")}: {string.Join(", ", unknown.Select(u => "--" + u))}");
    }
}
