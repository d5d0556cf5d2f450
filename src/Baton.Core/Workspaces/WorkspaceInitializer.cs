using Baton.Git;
using Baton.Storage.Sqlite;

namespace Baton.Workspaces;

/// <summary>Creates a workspace: <c>.baton/</c> at the git root (or the given folder outside git) with its database and settings.</summary>
public static class WorkspaceInitializer
{
    public static async Task<Workspace> InitAsync(string directory, bool exactFolder, CancellationToken cancellationToken = default)
    {
        var root = exactFolder ? Path.GetFullPath(directory) : await GitProbe.FindRootAsync(directory, cancellationToken) ?? Path.GetFullPath(directory);
        var workspace = Workspace.New(root);
        if (File.Exists(workspace.DatabasePath))
            throw BatonErrors.WorkspaceExists(root);
        await CreateAsync(workspace, cancellationToken);
        return workspace;
    }

    /// <summary>Creates the database and settings of <paramref name="workspace"/> if they are missing.</summary>
    public static async Task CreateAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        try
        {
            Directory.CreateDirectory(workspace.Folder);
            if (!File.Exists(workspace.ConfigPath))
                await File.WriteAllTextAsync(workspace.ConfigPath, WorkspaceConfig.Template + "\n", cancellationToken);
            if (!workspace.IsPersonal)
            {
                // The database and its WAL files are local state, like .git/objects; the settings are worth committing.
                var ignore = Path.Combine(workspace.Folder, ".gitignore");
                if (!File.Exists(ignore))
                    await File.WriteAllTextAsync(ignore, "baton.db\nbaton.db-wal\nbaton.db-shm\n", cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotWrite(workspace.Folder, e);
        }

        await using var store = SqliteStore.Open(workspace.DatabasePath, create: true);
    }
}
