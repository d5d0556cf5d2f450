using System.Globalization;
using System.Text;

namespace Baton.Bench.Corpus;

/// <summary>
/// Single tokens of the corpus, drawn with realistic frequencies: words, CamelCase identifiers, paths,
/// numbers and hashes. Identifiers, hashes and numbers make the long tail of rare terms a real
/// library's index has (Heaps' law: the vocabulary keeps growing with the corpus).
/// </summary>
internal static class Tokens
{
    private static readonly ZipfTable<string> Function = new(Vocabulary.Function, 1.0);
    // One ranking: core words first, then domain words, then the derived tail; the shift keeps the first
    // core word near 1.5% of all tokens rather than the 8% an unshifted Zipf would give it.
    private static readonly ZipfTable<string> Content = new([.. Vocabulary.Core.Concat(Vocabulary.Domain).Distinct().Concat(DerivedWords.Build())], 1.1, shift: 10);
    private static readonly ZipfTable<string> Heads = new(Vocabulary.IdentifierHeads, 1.1, shift: 8);
    private static readonly ZipfTable<string> Middles = new(Vocabulary.IdentifierMiddles, 1.0, shift: 2);
    private static readonly ZipfTable<string> Tails = new(Vocabulary.IdentifierTails, 1.0);
    private static readonly ZipfTable<string> Verbs = new(Vocabulary.MethodVerbs, 0.9);
    private static readonly ZipfTable<string> Segments = new(Vocabulary.PathSegments, 0.9);
    private static readonly ZipfTable<string> Extensions = new(Vocabulary.FileExtensions, 1.0);

    private static readonly ZipfTable<string> Phrases = new(Vocabulary.Phrases, 1.0, shift: 2);

    public static string Phrase(ref SplitMix64 random) => Phrases.Next(ref random);

    public static string FunctionWord(ref SplitMix64 random) => Function.Next(ref random);

    public static string ContentWord(ref SplitMix64 random) => Content.Next(ref random);

    /// <summary>RetryPolicy, SqliteStoreTests, HttpClientFactoryOptions, ...</summary>
    public static void Identifier(StringBuilder text, ref SplitMix64 random)
    {
        text.Append(Heads.Next(ref random));
        if (random.Chance(0.85))
            text.Append(Middles.Next(ref random));
        if (random.Chance(0.3))
            text.Append(Tails.Next(ref random));
    }

    public static string Identifier(ref SplitMix64 random)
    {
        var text = new StringBuilder(32);
        Identifier(text, ref random);
        return text.ToString();
    }

    /// <summary>LoadItemsAsync, TryParse, ...</summary>
    public static void Method(StringBuilder text, ref SplitMix64 random)
    {
        text.Append(Verbs.Next(ref random));
        if (random.Chance(0.6))
            text.Append(Middles.Next(ref random));
        if (random.Chance(0.4))
            text.Append("Async");
    }

    /// <summary>A lower-camel local name: policy, itemStore, retryCount.</summary>
    public static void Local(StringBuilder text, ref SplitMix64 random)
    {
        var start = text.Length;
        text.Append(random.Chance(0.5) ? Heads.Next(ref random) : Middles.Next(ref random));
        if (random.Chance(0.4))
            text.Append(Middles.Next(ref random));
        text[start] = char.ToLowerInvariant(text[start]);
    }

    /// <summary>src/Baton.Core/Storage/SqliteStore.cs and the like.</summary>
    public static void Path(StringBuilder text, ref SplitMix64 random)
    {
        text.Append(random.Pick(Vocabulary.PathRoots));
        for (var n = random.Between(1, 3); n > 0; n--)
            text.Append('/').Append(Segments.Next(ref random));
        text.Append('/');
        Identifier(text, ref random);
        text.Append(Extensions.Next(ref random));
    }

    /// <summary>A quantity as engineers write them: 250ms, 3, 30s, v2.4.1, 503, 64KB, 99.9%.</summary>
    public static void Number(StringBuilder text, ref SplitMix64 random)
    {
        var c = CultureInfo.InvariantCulture;
        switch (random.Next(8))
        {
            case 0: text.Append(random.Between(1, 20) * 50).Append("ms"); break;
            case 1: text.Append(random.Between(1, 12)); break;
            case 2: text.Append(random.Between(1, 120)).Append('s'); break;
            case 3: text.Append('v').Append(random.Between(0, 9)).Append('.').Append(random.Between(0, 30)).Append('.').Append(random.Between(0, 20)); break;
            case 4: text.Append(random.Pick(StatusCodes)); break;
            case 5: text.Append(1 << random.Between(2, 10)).Append(random.Chance(0.5) ? "KB" : "MB"); break;
            case 6: text.Append((99 + random.Next(1000) / 1000.0).ToString("0.0##", c)).Append('%'); break;
            default: text.Append(random.Between(1, 5000)); break;
        }
    }

    private static readonly int[] StatusCodes = [200, 201, 204, 301, 304, 400, 401, 403, 404, 409, 412, 429, 500, 502, 503, 504];

    /// <summary>A short commit hash or a ticket reference: mostly unique terms, as in real notes.</summary>
    public static void Reference(StringBuilder text, ref SplitMix64 random)
    {
        if (random.Chance(0.5))
        {
            Hex(text, ref random, 7);
        }
        else
        {
            text.Append(random.Pick(TicketProjects)).Append('-').Append(random.Between(1, 9999));
        }
    }

    private static readonly string[] TicketProjects = ["BAT", "OPS", "SHOP", "INFRA", "SEC", "PERF"];

    public static void Hex(StringBuilder text, ref SplitMix64 random, int length)
    {
        const string digits = "0123456789abcdef";
        for (var i = 0; i < length; i += 16)
        {
            var bits = random.NextUInt64();
            for (var j = 0; j < 16 && i + j < length; j++, bits >>= 4)
                text.Append(digits[(int)(bits & 0xF)]);
        }
    }

    public static string Hex(ref SplitMix64 random, int length)
    {
        var text = new StringBuilder(length);
        Hex(text, ref random, length);
        return text.ToString();
    }
}
