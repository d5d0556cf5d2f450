namespace Baton.Packing.Selection;

/// <summary>
/// A file chosen for the pack. Holds no content: <see cref="TextFileReader"/> opens it when a later stage
/// needs the text. <see cref="Length"/> and <see cref="LastWriteTimeUtc"/> are as seen during the walk, so a
/// later stage can tell that the file changed since.
/// </summary>
/// <param name="Encoding">How the bytes are decoded; UTF-16 and UTF-32 are transcoded, a BOM is dropped.</param>
/// <param name="HasInvalidUtf8">The first 8000 bytes hold invalid UTF-8; such bytes are read as U+FFFD.</param>
/// <param name="IsTracked">Tracked by git (then git's ignore rules do not apply to it, as in git).</param>
internal sealed record SelectedFile(
    string Path,
    string FullPath,
    long Length,
    DateTime LastWriteTimeUtc,
    TextEncodingKind Encoding,
    bool HasInvalidUtf8,
    bool IsTracked) : SelectionEntry(Path);
