using System.Text;

namespace Baton.Packing.Selection;

/// <summary>A folder being walked: its paths (relative to the rule root and to the base folder) and the rules in force.</summary>
internal sealed class WalkFrame
{
    public WalkFrame(string fullPath, string rulePath, string displayPath, RuleChain? git, RuleChain? baton, FrameMarks marks, string? realPath, WalkFrame? parent)
    {
        FullPath = fullPath;
        RulePath = rulePath;
        DisplayPath = displayPath;
        RulePrefix = Prefix(rulePath);
        DisplayPrefix = Prefix(displayPath);
        Git = git;
        Baton = baton;
        Marks = marks;
        RealPath = realPath;
        Parent = parent;
    }

    public string FullPath { get; }

    /// <summary>Relative to the <see cref="RuleContext.Root"/>, '/'-separated, "" for the root: what ignore patterns see.</summary>
    public string RulePath { get; }

    /// <summary>Relative to the base folder: what results show and globs see.</summary>
    public string DisplayPath { get; }

    /// <summary><see cref="RulePath"/> as UTF-8 with a trailing '/', or empty.</summary>
    public byte[] RulePrefix { get; }

    public byte[] DisplayPrefix { get; }

    /// <summary>.gitignore files in force, this folder's own once its listing has been read.</summary>
    public RuleChain? Git { get; set; }

    public RuleChain? Baton { get; set; }

    public FrameMarks Marks { get; }

    /// <summary>The resolved path, kept only when following symlinks, to catch loops.</summary>
    public string? RealPath { get; }

    public WalkFrame? Parent { get; }

    public string ChildRulePath(string name) => RulePath.Length == 0 ? name : RulePath + "/" + name;

    public string ChildDisplayPath(string name) => DisplayPath.Length == 0 ? name : DisplayPath + "/" + name;

    private static byte[] Prefix(string path) => path.Length == 0 ? [] : Encoding.UTF8.GetBytes(path + "/");
}
