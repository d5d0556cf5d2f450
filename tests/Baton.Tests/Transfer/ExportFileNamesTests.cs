using Baton.Library;
using Baton.Transfer;
using static Baton.Tests.Transfer.TransferWorkspace;

namespace Baton.Tests.Transfer;

public sealed class ExportFileNamesTests
{
    [Theory]
    [InlineData("Why we retry 3 times", "why-we-retry-3-times")]
    [InlineData("Über: café #1 — “quotes” 🚀", "uber-cafe-1-quotes")]
    [InlineData("Œuvre, Straße, Łódź, Ærø", "ouvre-strase-lodz-aro")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("C:\\Windows\\System32", "c-windows-system32")]
    [InlineData("CON", "con")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j")]
    [InlineData("   --- ___ ...   ", "item")]
    [InlineData("🚀🎉", "item")]
    [InlineData("日本語のタイトル", "item")]
    [InlineData("tab\tand\nnewline", "tab-and-newline")]
    public void Slug_Title_IsLowerCaseAsciiLettersDigitsAndDashes(string title, string expected)
    {
        Assert.Equal(expected, ExportFileNames.Slug(title));
    }

    [Fact]
    public void Slug_LongTitle_IsCutAt60WithoutATrailingDash()
    {
        var slug = ExportFileNames.Slug(string.Join(' ', Enumerable.Repeat("abcdefghi", 20)));

        Assert.True(slug.Length <= ExportFileNames.MaxSlugLength, slug);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("abcdefghi-abcdefghi-", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void For_Item_IsKindFolderSlugAndFullId()
    {
        var item = new Item
        {
            Id = "01jt5h2k3maaaaaaaaaaaaaaaa",
            Kind = ItemKind.Decision,
            Title = "Use SQLite by default",
            Body = "x",
            Tags = [],
            Sensitivity = Sensitivity.Internal,
            Source = HumanSource(T0),
            Revision = 1,
            RevisedBy = Ada,
            CreatedAt = T0,
            UpdatedAt = T0,
        };

        Assert.Equal("decision/use-sqlite-by-default-01jt5h2k3maaaaaaaaaaaaaaaa.md", ExportFileNames.For(item));
    }

    [Theory]
    [InlineData("use-sqlite-01jt5h2k3maaaaaaaaaaaaaaaa.md", "01jt5h2k3maaaaaaaaaaaaaaaa")]
    [InlineData("item-01JT5H2K3MAAAAAAAAAAAAAAAA.MD", "01jt5h2k3maaaaaaaaaaaaaaaa")]
    [InlineData("01jt5h2k3maaaaaaaaaaaaaaaa.md", null)]
    [InlineData("notes-01jt5h2k3maaaaaaaaaaaaaaaa.txt", null)]
    [InlineData("README.md", null)]
    [InlineData("x-01jt5h2k3maaaaaaaaaaaaaaau.md", null)]
    public void IdOf_FileName_FindsTheIdAtTheEnd(string fileName, string? expected)
    {
        Assert.Equal(expected, ExportFileNames.IdOf(fileName));
    }
}
