using System.Text;

namespace Baton.Privacy.Vault;

/// <summary>
/// The file holding a vault's key: <c>$XDG_DATA_HOME/baton/keys/&lt;vault id&gt;.key</c>, readable by its owner only,
/// never inside a workspace. It is created once, atomically (a second process creating it at the same moment reads
/// the first one's), and never overwritten: losing it makes the vault's pseudonyms unrestorable.
/// </summary>
internal static partial class VaultKeyFile
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

            if (Publish(temporary, path))
                return VaultKey.From(material, vaultId);
            // Another process published its key first: that one is the vault's.
            return TryRead(path, vaultId) ?? throw BatonErrors.VaultKeyUnreadable(path, "it disappeared while being created");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
            throw BatonErrors.VaultKeyCannotCreate(path, e.Message);
        }
    }

    /// <summary>
    /// Gives the finished temporary file the key's name unless a key is there already; false when one was. On Unix this
    /// is link(2), which fails rather than replace: File.Move without overwrite checks and renames in two steps, and two
    /// processes creating the first key at once both "won" (PseudonymVaultTests caught it under load).
    /// </summary>
    private static bool Publish(string temporary, string path)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                try
                {
                    File.Move(temporary, path, overwrite: false);
                    return true;
                }
                catch (IOException) when (File.Exists(path))
                {
                    return false;
                }
            }

            if (Link(temporary, path) == 0)
                return true;
            var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            return errno == EExist ? false : throw new IOException($"cannot name the key file (errno {errno})");
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private const int EExist = 17;

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = System.Runtime.InteropServices.StringMarshalling.Utf8)]
    private static partial int Link(string existing, string name);
}
