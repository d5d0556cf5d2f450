namespace Baton.Packing.Selection;

/// <summary>
/// A file or folder left out, with the reason. A folder left out stands for everything inside it, except
/// when <see cref="Detail"/> says that its tracked files are kept.
/// </summary>
/// <param name="Detail">One line for people, for example "ignored by .gitignore:3 (build/)".</param>
/// <param name="Rule">The ignore line that decided, for the reasons that come from rules and globs.</param>
internal sealed record SkippedPath(string Path, bool IsDirectory, SkipReason Reason, string Detail, MatchedRule? Rule = null)
    : SelectionEntry(Path);
