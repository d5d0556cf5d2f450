using System.Globalization;

namespace Baton.Bench.Corpus;

/// <summary>The range body lengths are drawn from, uniformly, in bytes. <c>--body-bytes 512-5120</c> on the command line.</summary>
internal sealed record BodySize(int Min, int Max)
{
    public static BodySize Default { get; } = new(512, 5 * 1024);

    public static BodySize Parse(string text)
    {
        var parts = text.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            && min >= 64 && max >= min
            ? new BodySize(min, max)
            : throw new UsageException($"--body-bytes takes MIN-MAX in bytes, MIN at least 64, as in 512-5120; not '{text}'");
    }
}
