using System.Globalization;

namespace Baton;

/// <summary>The error messages of packs (see BatonErrors.cs for the rest).</summary>
internal static partial class BatonErrors
{
    // Pack file selection
    public static BatonException PackPathNotFound(string path) => Input(
        $"nothing to pack at {path}: no such file or folder; check the path (paths are relative to the current folder)");

    public static BatonException InvalidGlob(string option, string glob, string problem) => Input(
        $"invalid {option} glob '{glob}': {problem}");

    public static BatonException InvalidMaxFileSize(long value) => Input(
        $"invalid file size limit {value}; give a positive number of bytes");


    // Packs (baton pack; docs/packs.md)
    public static BatonException PackNotFound(string prefix) => new(ErrorKind.NotFound,
        $"no pack matches '{prefix}'; `baton pack list` shows the ids");

    public static BatonException AmbiguousPackId(string prefix, IReadOnlyList<string> candidates) => Input(
        $"'{prefix}' matches {(candidates.Count > 5 ? "more than 5" : candidates.Count.ToString(CultureInfo.InvariantCulture))} packs ({string.Join(", ", candidates.Take(5))}); give more characters of the id");

    public static BatonException UnknownPackStyle(string style) => Input(
        $"unknown style '{style}'; use --style markdown, xml or json");

    public static BatonException InvalidTokenLimit(string option, long value) => Input(
        $"{option} {value.ToString(CultureInfo.InvariantCulture)} is not a token count; give a whole number above 0, e.g. {option} 100000");

    public static BatonException InvalidPackNumber(string option, long value) => Input(
        $"{option} {value.ToString(CultureInfo.InvariantCulture)} is out of range; give a whole number of 0 or more");

    public static BatonException SplitNeedsOut() => Input(
        "--split writes several files, so it needs --out FILE (the parts are FILE.1.ext, FILE.2.ext, …)");

    public static BatonException InvalidPromptReference(string value) => Input(
        $"--prompt '{value}' is not NAME or NAME@label; e.g. --prompt review-endpoint@production");

    public static BatonException DiffOutsideGit(string directory) => Input(
        $"--diff needs a git repository, and {directory} is not inside one; run the pack inside the repository or drop --diff");

    public static BatonException UnknownDiffRef(string reference) => Input(
        $"--diff '{reference}': git knows no commit by that name; give a branch, tag or commit (`git log --oneline` lists them), or A..B");

    public static BatonException LogOutsideGit(string directory) => Input(
        $"--log needs a git repository, and {directory} is not inside one; run the pack inside the repository or drop --log");

    public static BatonException BudgetTooSmall(long budget, long needed, string what) => Input(
        $"--budget {budget.ToString(CultureInfo.InvariantCulture)} is too small for what was asked explicitly ({what}): it needs {needed.ToString(CultureInfo.InvariantCulture)} tokens; raise --budget to at least {needed.ToString(CultureInfo.InvariantCulture)} or ask for less");

    public static BatonException SplitTooSmall(long split, string what, long needed) => Input(
        $"--split {split.ToString(CultureInfo.InvariantCulture)} is too small: {what} needs {needed.ToString(CultureInfo.InvariantCulture)} tokens in one part and cannot be cut at a line; raise --split to at least {needed.ToString(CultureInfo.InvariantCulture)}");

    public static BatonException InvalidFileSize(string value) => Input(
        $"--max-file-size '{value}' is not a size; give bytes or a number with K, M or G, e.g. --max-file-size 100M");

    public static BatonException PackJsonNeedsOut() => Input(
        "--json prints the pack's summary on stdout, where the pack itself goes without --out; add --out FILE");

    public static BatonException NoPackToRebuild(string id) => new(ErrorKind.NotFound,
        $"pack {id} has no manifest to rebuild from");

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
