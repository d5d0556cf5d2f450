using Baton.Storage;
using Baton.Storage.Sqlite;

namespace Baton.Workspaces;

/// <summary>
/// Where a library lives: a project workspace (<c>.baton/</c> at the git root, found by walking up as git
/// does) or the personal library in the user's data folder.
/// </summary>
public sealed class Workspace
{
    public const string FolderName = ".baton";
    public const string DatabaseFile = "baton.db";
    public const string ConfigFile = "baton.yaml";

    private Workspace(string root, string folder, bool personal)
    {
        Root = root;
        Folder = folder;
        IsPersonal = personal;
    }

    /// <summary>The project folder (the parent of <c>.baton/</c>); for the personal library, its data folder.</summary>
    public string Root { get; }

    /// <summary>The folder holding <c>baton.db</c> and <c>baton.yaml</c>.</summary>
    public string Folder { get; }

    public bool IsPersonal { get; }

    public string DatabasePath => Path.Combine(Folder, DatabaseFile);

    public string ConfigPath => Path.Combine(Folder, ConfigFile);

    /// <summary>Opens the workspace's store (migrating it if needed). The embedded SQLite store today; a server store later.</summary>
    public IBatonStore OpenStore() => SqliteStore.Open(DatabasePath);

    /// <summary>
    /// The nearest workspace at or above <paramref name="startDirectory"/>. Like git, the search stops at the top
    /// of the repository it starts in, so a nested repository or a fresh clone never writes into an outer workspace.
    /// </summary>
    public static Workspace Find(string startDirectory) =>
        TryFind(startDirectory) ?? throw BatonErrors.NoWorkspace(Path.GetFullPath(startDirectory));

    /// <summary>Like <see cref="Find"/>, but null when there is no workspace (a <c>.baton/</c> without a database still throws).</summary>
    public static Workspace? TryFind(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, FolderName);
            if (File.Exists(Path.Combine(folder, DatabaseFile)))
                return new Workspace(dir.FullName, folder, personal: false);
            if (Directory.Exists(folder))
                throw BatonErrors.WorkspaceWithoutDatabase(dir.FullName);
            if (Path.Exists(Path.Combine(dir.FullName, ".git")))
                break;
        }

        return null;
    }

    /// <summary>
    /// The root of the nearest folder at or above <paramref name="startDirectory"/> holding a <c>.baton/</c>, database or
    /// not (a fresh clone has the committed settings only), or null; the search stops at the top of the repository, as
    /// <see cref="Find"/> does. For commands that read settings but need no library, such as <c>scan</c>.
    /// </summary>
    public static string? FindSettingsRoot(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, FolderName)))
                return dir.FullName;
            if (Path.Exists(Path.Combine(dir.FullName, ".git")))
                break;
        }

        return null;
    }

    /// <summary>The root for <c>--workspace DIR</c> when only settings are needed: DIR or, when DIR is a <c>.baton/</c>, its parent.</summary>
    public static string SettingsRootAt(string directory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (Path.GetFileName(full) == FolderName && Directory.Exists(full))
            return Path.GetDirectoryName(full)!;
        return Directory.Exists(Path.Combine(full, FolderName)) ? full : throw BatonErrors.WorkspaceNotFound(full);
    }

    /// <summary>The workspace named by <c>--workspace DIR</c>: DIR may be the project folder or its <c>.baton/</c>.</summary>
    public static Workspace At(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)) == FolderName && File.Exists(Path.Combine(full, DatabaseFile)))
            return new Workspace(Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))!, full, personal: false);
        var folder = Path.Combine(full, FolderName);
        return File.Exists(Path.Combine(folder, DatabaseFile))
            ? new Workspace(full, folder, personal: false)
            : throw BatonErrors.WorkspaceNotFound(full);
    }

    /// <summary>A workspace to be created in <paramref name="root"/> (see <see cref="WorkspaceInitializer"/>).</summary>
    internal static Workspace New(string root) => new(Path.GetFullPath(root), Path.Combine(Path.GetFullPath(root), FolderName), personal: false);

    /// <summary>The personal library: <c>$XDG_DATA_HOME/baton</c>, else <c>~/.local/share/baton</c> (the platform's app-data folder elsewhere).</summary>
    public static Workspace Personal(Func<string, string?> environment)
    {
        var xdg = environment("XDG_DATA_HOME");
        var data = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(environment("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        var folder = Path.Combine(data, "baton");
        return new Workspace(folder, folder, personal: true);
    }
}
