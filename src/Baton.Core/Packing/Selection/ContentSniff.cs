namespace Baton.Packing.Selection;

/// <summary>What the first bytes of a file say about it.</summary>
/// <param name="BinaryDetail">Why the content counts as binary; null for text.</param>
internal readonly record struct ContentSniff(TextEncodingKind Encoding, bool HasInvalidUtf8, string? BinaryDetail)
{
    public bool IsBinary => BinaryDetail is not null;
}
