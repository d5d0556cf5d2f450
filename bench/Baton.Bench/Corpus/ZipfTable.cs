namespace Baton.Bench.Corpus;

/// <summary>
/// Draws from a list with Zipf frequencies (the k-th entry about 1/k^s as often as the first), in constant
/// time by Vose's alias method. A <c>shift</c> flattens the head (Zipf–Mandelbrot: 1/(k+shift)^s), as in
/// technical prose, where no content word is as frequent as "the". Natural-language word counts follow this law, which is what gives an FTS
/// index its shape: a few terms in nearly every document, a long tail in very few.
/// </summary>
internal sealed class ZipfTable<T>
{
    private readonly T[] _values;
    private readonly double[] _probability;
    private readonly int[] _alias;

    public ZipfTable(IReadOnlyList<T> values, double exponent = 1.0, double shift = 0.0)
    {
        var n = values.Count;
        _values = [.. values];
        _probability = new double[n];
        _alias = new int[n];

        var weights = new double[n];
        var total = 0.0;
        for (var k = 0; k < n; k++)
            total += weights[k] = 1.0 / Math.Pow(k + 1 + shift, exponent);

        var scaled = weights.Select(w => w / total * n).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
            (scaled[i] < 1.0 ? small : large).Push(i);
        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            _probability[s] = scaled[s];
            _alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            (scaled[l] < 1.0 ? small : large).Push(l);
        }

        foreach (var i in small.Concat(large))
            _probability[i] = 1.0;
    }

    public int Count => _values.Length;

    public T Next(ref SplitMix64 random)
    {
        var i = random.Next(_values.Length);
        return random.NextDouble() < _probability[i] ? _values[i] : _values[_alias[i]];
    }
}
