using Baton.Packing.Selection;

namespace Baton.Privacy.Scanning;

/// <summary>Why a file was not scanned: a stable code for machines (<c>binary</c>, <c>too-large</c>, …) and a line for people.</summary>
internal sealed record ScanSkip(string Reason, string Detail)
{
    public const string Binary = "binary";
    public const string AllowListed = "allow-listed";
    public const string TooLarge = "too-large";
    public const string Unreadable = "unreadable";

    /// <summary>Whether the file was left out by a rule about paths (ignore files, globs) rather than for its content.</summary>
    public bool IsIgnored => Reason is "git-ignore" or "baton-ignore" or "default-ignore" or "excluded" or "not-included" or "nested-repository";

    public static ScanSkip From(SkippedPath skipped) => new(skipped.Reason.Code(), skipped.Detail);

    /// <summary>The scanner's own reasons: an allow-listed path, or binary content.</summary>
    public static ScanSkip FromScanner(string reason) =>
        new(reason.StartsWith("path allow-listed", StringComparison.Ordinal) ? AllowListed : Binary, reason);
}
