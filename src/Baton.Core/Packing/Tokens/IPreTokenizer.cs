namespace Baton.Packing.Tokens;

/// <summary>
/// Splits text into the pieces an encoding's regular expression would match, one piece at a time. Implemented by
/// structs so that the counter, generic over them, gets the scanner inlined rather than called through an interface.
/// </summary>
internal interface IPreTokenizer
{
    /// <summary>Where the piece that starts at <paramref name="start"/> ends; always past <paramref name="start"/>.</summary>
    static abstract int PieceEnd(ReadOnlySpan<char> text, int start);
}
