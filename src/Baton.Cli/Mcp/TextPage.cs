using Baton.Privacy.Boundaries;

namespace Baton.Cli.Mcp;

/// <summary>
/// A window of a long text that has passed the boundary, so an assistant never gets more than it asked for. The
/// whole text passes first (a secret cut in two by the window would no longer be recognised), then the window is
/// taken from the cleared text; offsets count characters of the cleared text.
/// </summary>
internal sealed record TextPage(PrivacyBoundary.Cleared Text, int Offset, int Total)
{
    public const int DefaultChars = 16_000;
    public const int MaxChars = 64_000;

    public int End => Offset + Text.Text.Length;

    public bool Truncated => Offset > 0 || End < Total;

    public int? NextOffset => End < Total ? End : null;

    public static TextPage Of(PrivacyBoundary boundary, PrivacyBoundary.Cleared whole, int offset, int maxChars, string what)
    {
        var text = whole.Text;
        if (offset > 0 && offset >= text.Length)
            throw BatonErrors.McpOffsetPastEnd(what, offset, text.Length);
        if (offset == 0 && text.Length <= maxChars)
            return new TextPage(whole, 0, text.Length);

        var end = Math.Min(text.Length, offset + maxChars);
        if (end < text.Length)
        {
            // End on a line break when one is near, and never between the halves of a surrogate pair.
            var newline = text.LastIndexOf('\n', end - 1, Math.Min(maxChars / 10, end - offset));
            if (newline > offset)
                end = newline + 1;
            else if (char.IsHighSurrogate(text[end - 1]))
                end--;
        }

        if (offset > 0 && char.IsLowSurrogate(text[offset]))
            offset--;
        // A window of cleared text carries nothing the whole did not; it passes again only because answers take nothing else.
        return new TextPage(boundary.Pass(text[offset..end]), offset, text.Length);
    }

    /// <summary>Puts the window into an answer as <paramref name="field"/>, with where it is and how to get the rest.</summary>
    public Answer Into(Answer answer, string field, PrivacyBoundary boundary, string continueWith)
    {
        answer.Text(field, Text);
        if (!Truncated)
            return answer;
        return answer
            .Flag("truncated", true)
            .Number("offset", Offset)
            .Number("totalChars", Total)
            .Number("nextOffset", NextOffset)
            .Text("note", boundary.Pass(NextOffset is { } next
                ? $"characters {Offset}–{End} of {Total} shown; {continueWith} offset={next} for the next part"
                : $"characters {Offset}–{End} of {Total} shown (the end)"));
    }
}
