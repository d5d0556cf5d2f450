using Baton.Privacy.Boundaries;

namespace Baton.Packing.Rendering;

/// <summary>
/// Writes the blocks of a pack in one style. Content comes in only as <see cref="PrivacyBoundary.Cleared"/> text, so a
/// renderer cannot emit anything that did not pass the target's boundary. Every block starts with a printable ASCII
/// character other than space and '/' and ends with '\n' (<see cref="TokenSeams"/>), so that the pack's token count is
/// exactly the sum of its blocks' counts; <see cref="Blocks"/> checks it.
/// </summary>
internal interface IPackRenderer
{
    string Style { get; }

    string Extension { get; }

    void Header(TextBuffer output, PackHeader header);

    void Instructions(TextBuffer output, PrivacyBoundary.Cleared text);

    void Item(TextBuffer output, ItemFacts facts, PrivacyBoundary.Cleared title, PrivacyBoundary.Cleared body);

    void Diff(TextBuffer output, string range, PrivacyBoundary.Cleared diff);

    void Log(TextBuffer output, int count, PrivacyBoundary.Cleared log);

    void File(TextBuffer output, string path, PrivacyBoundary.Cleared content, LineSlice? slice, bool lineNumbers);

    /// <summary>In place of a file that changed between the passes: says so, holds none of its content.</summary>
    void Changed(TextBuffer output, string path, string detail);

    void Footer(TextBuffer output, PackFooter footer);
}
