using System.Text;

namespace Baton.Privacy.Vault;

/// <summary>
/// The file holding a vault's key: <c>$XDG_DATA_HOME/baton/keys/&lt;vault id&gt;.key</c>, readable by its owner only,
/// never inside a workspace. It is created once, atomically (a second process creating it at the same moment reads
/// the first one's), and never overwritten: losing it makes the vault's pseudonyms unrestorable.
/// </summary>
internal static class VaultKeyFile
{
    private const string Header = "# Baton vault key. Keep it private and back it up: without it `baton restore` cannot put values back.";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The folder of key files: the <c>keys</c> folder of the user's Baton data folder.</summary>
    public static string Folder(Func<string, string?> environment) =>
        Path.Combine(Workspaces.Workspace.Personal(environment).Folder, "keys");

    public static string PathFor(string folder, string vaultId) => Path.Combine(folder, vaultId + ".key");

    /// <summary>The key at <paramref name="path"/>, or null when there is no file; throws when it cannot be used.</summary>
    public static VaultKey? TryRead(string path, string vaultId)
    {
        if (!File.Exists(path))
        {
            if (Directory.Exists(path))
                throw BatonErrors.VaultKeyUnreadable(path, "it is a folder, not a file");
            return null;
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~(OwnerOnly | UnixFileMode.UserExecute)) != 0)
            throw BatonErrors.VaultKeyTooOpen(path);

        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.VaultKeyUnreadable(path, e.Message);
        }

        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        var material = new byte[VaultKey.Length];
        if (lines.Count != 1 || !Convert.TryFromBase64String(lines[0], material, out var written) || written != VaultKey.Length)
            throw BatonErrors.VaultKeyUnreadable(path, $"it does not hold one line of {VaultKey.Length} bytes in base64");
        return VaultKey.From(material, vaultId);
    }

    /// <summary>Creates the key file with fresh random bytes; if another process got there first, returns its key.</summary>
    public static VaultKey Create(string path, string vaultId)
    {
        var folder = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (OperatingSystem.IsWindows())
                Directory.CreateDirectory(folder);
            else
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var material = System.Security.Cryptography.RandomNumberGenerator.GetBytes(VaultKey.Length);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = OwnerOnly;
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(Encoding.UTF8.GetBytes($"{Header}\n{Convert.ToBase64String(material)}\n"));
                stream.Flush(flushToDisk: true);
            }

            try
            {
                // Without overwrite, .NET links the new name on Unix, so an existing key is never replaced.
                File.Move(temporary, path, overwrite: false);
                return VaultKey.From(material, vaultId);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
                return TryRead(path, vaultId) ?? throw BatonErrors.VaultKeyUnreadable(path, "it disappeared while being created");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
            throw BatonErrors.VaultKeyCannotCreate(path, e.Message);
        }
    }
}
