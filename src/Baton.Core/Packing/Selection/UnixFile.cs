using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Baton.Packing.Selection;

/// <summary>
/// Opens a file for the content check without blocking: a FIFO opened the ordinary way waits for a writer
/// forever, and .NET cannot tell a FIFO from a file before opening it. With O_NONBLOCK the open returns at
/// once, and the stream's CanSeek tells regular files from FIFOs. (On Windows there is no such trap.)
/// </summary>
internal static partial class UnixFile
{
    private const int LinuxNonBlock = 0x800, LinuxCloseOnExec = 0x80000, LinuxNoControllingTerminal = 0x100;
    private const int MacNonBlock = 0x4, MacCloseOnExec = 0x1000000, MacNoControllingTerminal = 0x20000;
    private const int SeekCurrent = 1;
    private const int EPERM = 1, ENOENT = 2, ENXIO = 6, EACCES = 13, ENOTDIR = 20, ENODEV = 19;

    /// <summary>A read handle, or null with the reason (and whether the path is a socket or device rather than a file).</summary>
    public static SafeFileHandle? TryOpenRead(string path, out string? problem, out bool notRegular)
    {
        problem = null;
        notRegular = false;
        int flags;
        if (OperatingSystem.IsLinux())
            flags = LinuxNonBlock | LinuxCloseOnExec | LinuxNoControllingTerminal;
        else if (OperatingSystem.IsMacOS())
            flags = MacNonBlock | MacCloseOnExec | MacNoControllingTerminal;
        else
            return OpenPortable(path, out problem);

        var fd = Open(path, flags);
        if (fd >= 0)
            return new SafeFileHandle(fd, ownsHandle: true);
        var errno = Marshal.GetLastPInvokeError();
        (notRegular, problem) = errno switch
        {
            EACCES or EPERM => (false, "permission denied"),
            ENOENT or ENOTDIR => (false, "it disappeared during the walk"),
            ENXIO or ENODEV => (true, "not a regular file (a socket or device)"),
            _ => (false, Marshal.GetPInvokeErrorMessage(errno)),
        };
        return null;
    }

    /// <summary>False for FIFOs, pipes and sockets, whose lseek fails (ESPIPE); regular files and devices seek.</summary>
    public static bool IsSeekable(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return true; // opened the ordinary way: a FIFO would not have got this far
        return Seek((int)handle.DangerousGetHandle(), 0, SeekCurrent) >= 0;
    }

    private static SafeFileHandle? OpenPortable(string path, out string? problem)
    {
        problem = null;
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = RuleFileLoader.Describe(e);
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "lseek", SetLastError = true)]
    private static partial long Seek(int fd, long offset, int whence);
}
