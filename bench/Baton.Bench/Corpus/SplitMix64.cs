namespace Baton.Bench.Corpus;

/// <summary>
/// A small, fast generator whose sequence is fixed by its seed on every runtime and platform
/// (<see cref="Random"/> makes no such promise across .NET versions). Not for anything but test data.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one item, so item <paramref name="index"/> is the same whatever the batch size or count.</summary>
    public static SplitMix64 For(ulong seed, long index)
    {
        var mixer = new SplitMix64(seed ^ (0x9E3779B97F4A7C15UL * (ulong)(index + 1)));
        return new SplitMix64(mixer.NextUInt64());
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => (int)((NextUInt64() >> 33) * (ulong)max >> 31);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> values) => values[Next(values.Count)];
}
