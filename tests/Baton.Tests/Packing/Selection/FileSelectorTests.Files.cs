using System.Diagnostics;
using System.Text;
using Baton.Packing.Selection;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Packing.Selection;

public sealed partial class FileSelectorTests
{
    [Fact]
    public async Task SelectAsync_Symlinks_NotFollowedByDefaultAndBrokenOnesReported()
    {
        using var sandbox = Repo("real/a.c", "b.c");
        File.CreateSymbolicLink(Path.Combine(sandbox.Repo, "to-dir"), "real");
        File.CreateSymbolicLink(Path.Combine(sandbox.Repo, "to-file"), "b.c");
        File.CreateSymbolicLink(Path.Combine(sandbox.Repo, "dangling"), "missing.c");

        var entries = await Select(sandbox);

        Assert.Equal(["b.c", "real/a.c"], Selected(entries));
        Assert.Equal(SkipReason.Symlink, Skipped(entries, "to-dir").Reason);
        Assert.Equal("symlink to b.c; not followed (following symlinks is off)", Skipped(entries, "to-file").Detail);
        Assert.Equal(SkipReason.BrokenSymlink, Skipped(entries, "dangling").Reason);
    }

    [Fact]
    public async Task SelectAsync_FollowSymlinks_WalksTargetsAndStopsLoops()
    {
        using var sandbox = Repo("real/a.c", "b.c");
        File.CreateSymbolicLink(Path.Combine(sandbox.Repo, "to-dir"), "real");
        File.CreateSymbolicLink(Path.Combine(sandbox.Repo, "to-file"), "b.c");
        File.CreateSymbolicLink(Path.Combine(sandbox.Repo, "real", "up"), "..");

        var entries = await Select(sandbox, configure: o => o with { FollowSymlinks = true });

        Assert.Equal(["b.c", "real/a.c", "to-dir/a.c", "to-file"], Selected(entries));
        Assert.Equal(SkipReason.SymlinkLoop, Skipped(entries, "real/up").Reason);
    }

    [Fact]
    public async Task SelectAsync_FileVanishesDuringWalk_ReportedNotThrown()
    {
        using var sandbox = Repo("a.c", "b.c", "dir/c.c");

        var entries = new List<SelectionEntry>();
        await foreach (var entry in FileSelector.SelectAsync(new SelectionOptions { BaseDirectory = sandbox.Repo, Environment = sandbox.Environment }, TestContext.Current.CancellationToken))
        {
            entries.Add(entry);
            if (entry.Path == "a.c")
            {
                File.Delete(Path.Combine(sandbox.Repo, "b.c"));
                Directory.Delete(Path.Combine(sandbox.Repo, "dir"), recursive: true);
            }
        }

        Assert.Equal("cannot read: it disappeared during the walk", Skipped(entries, "b.c").Detail);
        Assert.Equal(SkipReason.Unreadable, Skipped(entries, "dir").Reason);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task SelectAsync_UnreadableFileAndFolder_ReportedWithReason()
    {
        using var sandbox = Repo("secret.txt", "locked/x.txt", "ok.txt");
        var secret = Path.Combine(sandbox.Repo, "secret.txt");
        var locked = Path.Combine(sandbox.Repo, "locked");
        File.SetUnixFileMode(secret, UnixFileMode.None);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            if (CanRead(secret))
                Assert.Skip("running as root: file permissions do not stop this process");

            var entries = await Select(sandbox);

            Assert.Equal(["ok.txt"], Selected(entries));
            Assert.Equal("cannot read: permission denied", Skipped(entries, "secret.txt").Detail);
            Assert.Equal("cannot list it: permission denied", Skipped(entries, "locked").Detail);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task SelectAsync_NamesWithNewlineAndInvalidUtf8_HandledAndReported()
    {
        using var sandbox = Repo("line\nbreak.txt", "ok.txt");
        Shell(sandbox.Repo, "printf x > \"$(printf 'bad\\377name')\"");
        try
        {
            var entries = await Select(sandbox);

            Assert.Equal(["line\nbreak.txt", "ok.txt"], Selected(entries));
            var invalid = Assert.Single(entries.OfType<SkippedPath>(), s => s.Reason == SkipReason.InvalidName);
            Assert.StartsWith("bad", invalid.Path, StringComparison.Ordinal);
        }
        finally
        {
            Shell(sandbox.Repo, "rm -f bad*"); // .NET cannot name it to delete it either
        }
    }

    [Fact]
    public async Task SelectAsync_Content_BinaryLeftOutUtf16TranscodedInvalidUtf8Replaced()
    {
        using var sandbox = Repo();
        sandbox.Write("repo/image.bin", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13, 1, 2]);
        sandbox.Write("repo/utf16-bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("héllo\n")]);
        sandbox.Write("repo/utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("big\n")]);
        sandbox.Write("repo/utf16-nobom.txt", Encoding.Unicode.GetBytes("plain ascii in utf-16\n"));
        sandbox.Write("repo/utf8-bom.txt", [0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);
        sandbox.Write("repo/latin1.txt", Encoding.Latin1.GetBytes("caf\u00e9 au lait\n"));
        sandbox.Write("repo/noise.dat", [.. Enumerable.Range(0, 600).Select(i => (byte)(0x80 + (i * 37 % 120)))]);
        sandbox.Write("repo/empty.txt", "");

        var entries = await Select(sandbox);

        Assert.Equal(SkipReason.Binary, Skipped(entries, "image.bin").Reason);
        Assert.Equal(SkipReason.Binary, Skipped(entries, "noise.dat").Reason);
        var files = entries.OfType<SelectedFile>().ToDictionary(f => f.Path);
        Assert.Equal(["empty.txt", "latin1.txt", "utf16-bom.txt", "utf16-nobom.txt", "utf16be.txt", "utf8-bom.txt"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(TextEncodingKind.Utf16LittleEndian, files["utf16-bom.txt"].Encoding);
        Assert.Equal(TextEncodingKind.Utf16LittleEndian, files["utf16-nobom.txt"].Encoding);
        Assert.Equal(TextEncodingKind.Utf16BigEndian, files["utf16be.txt"].Encoding);
        Assert.True(files["latin1.txt"].HasInvalidUtf8);
        Assert.Equal("héllo\n", await Read(files["utf16-bom.txt"]));
        Assert.Equal("big\n", await Read(files["utf16be.txt"]));
        Assert.Equal("plain ascii in utf-16\n", await Read(files["utf16-nobom.txt"]));
        Assert.Equal("hi", await Read(files["utf8-bom.txt"]));
        Assert.Equal("caf\uFFFD au lait\n", await Read(files["latin1.txt"]));
    }

    [Fact]
    public async Task SelectAsync_SizeLimit_LargeFilesLeftOutWithoutReading()
    {
        using var sandbox = Repo("small.txt");
        using (var huge = File.Create(Path.Combine(sandbox.Repo, "huge.txt")))
            huge.SetLength(1L << 30); // 1 GB, sparse
        sandbox.Write("repo/medium.txt", new string('x', 2000));

        var entries = await Select(sandbox, configure: o => o with { MaxFileBytes = 1000 });

        Assert.Equal(["small.txt"], Selected(entries));
        Assert.Equal("1024 MB, over the 1000 bytes limit", Skipped(entries, "huge.txt").Detail);
        Assert.Equal(SkipReason.TooLarge, Skipped(entries, "medium.txt").Reason);
        Assert.Equal(SkipReason.TooLarge, Skipped(await Select(sandbox), "huge.txt").Reason); // also over the 50 MB default
    }

    [Fact]
    public async Task SelectAsync_Fifo_ReportedWithoutBlocking()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "FIFOs are a Unix thing");
        using var sandbox = Repo("a.txt");
        Shell(sandbox.Repo, "mkfifo pipe");

        var entries = await Select(sandbox).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        Assert.Equal(SkipReason.NotRegularFile, Skipped(entries, "pipe").Reason);
    }

    private static async Task<string> Read(SelectedFile file)
    {
        using var reader = TextFileReader.Open(file);
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Shell(string directory, string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = directory, ArgumentList = { "-c", command } };
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
