using System.Text;
using Baton.Privacy.Scanning;

namespace Baton.Tests.Privacy.Scanning;

public sealed class ZeroContextPatchTests
{
    private static async Task<Dictionary<string, AddedLines>> Read(string patch) =>
        await ZeroContextPatch.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(patch)), TestContext.Current.CancellationToken);

    [Fact]
    public async Task ReadAsync_Hunks_GiveAddedLinesOfTheNewVersion()
    {
        var files = await Read("""
            diff --git a/app.env b/app.env
            index 1111111..2222222 100644
            --- a/app.env
            +++ b/app.env
            @@ -0,0 +1 @@
            +# header
            @@ -2 +3,2 @@
            -old
            +new one
            +new two
            @@ -9,2 +10,0 @@
            -gone
            -gone too

            """);

        var lines = files["app.env"];
        Assert.True(lines.Overlaps(1, 1));
        Assert.False(lines.Overlaps(2, 2));
        Assert.True(lines.Overlaps(3, 3));
        Assert.True(lines.Overlaps(4, 4));
        Assert.False(lines.Overlaps(5, 9));
        Assert.True(lines.Overlaps(2, 6)); // a finding spanning lines counts when any of them was added
    }

    [Fact]
    public async Task ReadAsync_ContentThatLooksLikeHeaders_IsCounted_NotParsed()
    {
        var files = await Read("diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n@@ -1,0 +2,3 @@\n+++ b/evil\n+@@ -1 +1,400 @@\n+diff --git a/x b/x\n" +
            "diff --git a/b.md b/b.md\n--- /dev/null\n+++ b/b.md\n@@ -0,0 +1 @@\n+x\n\\ No newline at end of file\n");

        Assert.Equal(["a.md", "b.md"], files.Keys.Order(StringComparer.Ordinal));
        Assert.True(files["a.md"].Overlaps(4, 4));
        Assert.False(files["a.md"].Overlaps(5, 400));
    }

    [Fact]
    public async Task ReadAsync_QuotedAndSpacedNames_AreUnquoted()
    {
        var files = await Read("+++ b/dir with space/f.txt\t\n@@ -0,0 +1 @@\n+x\n+++ \"b/tab\\there \\\"q\\\" \\303\\251.txt\"\n@@ -0,0 +1 @@\n+y\n");

        Assert.Contains("dir with space/f.txt", files.Keys);
        Assert.Contains("tab\there \"q\" é.txt", files.Keys);
    }

    [Fact]
    public async Task ReadAsync_DeletedFileAndBinary_HaveNoEntry()
    {
        var files = await Read("diff --git a/x b/x\ndeleted file mode 100644\n--- a/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n" +
            "diff --git a/img.png b/img.png\nBinary files a/img.png and b/img.png differ\n");

        Assert.Empty(files);
    }
}
