namespace Baton.Bench.Corpus;

/// <summary>
/// The long tail of the vocabulary: tens of thousands of rarer words made from the core and domain words
/// with English affixes (rebalance, cacheable, unserializable) and by compounding (retrycount, lockfile).
/// Real libraries have such a tail, and it decides how large the index's dictionary grows and how rare a
/// "rare word" is. Made in a fixed order and shuffled with a fixed seed, so it is the same on every run.
/// </summary>
internal static class DerivedWords
{
    private static readonly string[] Prefixes = ["re", "pre", "un", "de", "non", "multi", "sub", "over", "auto", "co", "inter", "post", "micro", "meta", "cross", "hyper"];

    private static readonly string[] Suffixes = ["er", "able", "less", "ness", "ing", "ed", "ization", "ify", "like", "wise", "ful", "ity"];

    public const int CompoundCount = 20_000;

    public static string[] Build()
    {
        var stems = Vocabulary.Core.Concat(Vocabulary.Domain).Where(w => w.Length > 2 && w.All(char.IsAsciiLetterLower)).Distinct().ToArray();
        var words = new List<string>();
        foreach (var stem in stems)
        {
            words.AddRange(Prefixes.Select(p => p + stem));
            words.AddRange(Suffixes.Select(s => stem + s));
        }

        var random = new SplitMix64(0xBA70_0001);
        for (var i = 0; i < CompoundCount; i++)
            words.Add(random.Pick(stems) + random.Pick(stems));

        var known = new HashSet<string>(Vocabulary.Core.Concat(Vocabulary.Domain), StringComparer.Ordinal);
        var tail = words.Where(known.Add).ToArray();
        for (var i = tail.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (tail[i], tail[j]) = (tail[j], tail[i]);
        }

        return tail;
    }
}
