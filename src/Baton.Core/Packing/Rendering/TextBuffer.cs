namespace Baton.Packing.Rendering;

/// <summary>
/// A growable character buffer on pooled arrays (large ones allocated to size, see <see cref="LargeArrays"/>): renderers build one block of a pack in it, so that the block can be
/// hashed and counted before it is written, and the array goes back to the pool afterwards.
/// </summary>
internal sealed class TextBuffer : IDisposable
{
    private char[] _chars;
    private int _length;

    public TextBuffer(int capacity = 4096) => _chars = LargeArrays.Rent<char>(capacity);

    public int Length => _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public ReadOnlyMemory<char> Memory => _chars.AsMemory(0, _length);

    public char this[int index] => _chars[index];

    public TextBuffer Append(char c)
    {
        Reserve(1);
        _chars[_length++] = c;
        return this;
    }

    public TextBuffer Append(string? text) => Append(text.AsSpan());

    public TextBuffer Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    public TextBuffer Append(long number) => Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Clear() => _length = 0;

    public override string ToString() => new(Span);

    private void Reserve(int more)
    {
        if (_length + more <= _chars.Length)
            return;
        var bigger = LargeArrays.Rent<char>((int)Math.Min(Math.Max(_chars.Length * 2L, (long)_length + more), Array.MaxLength));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        LargeArrays.Return(_chars);
        _chars = bigger;
    }

    public void Dispose()
    {
        if (_chars.Length == 0)
            return;
        LargeArrays.Return(_chars);
        _chars = [];
        _length = 0;
    }
}
