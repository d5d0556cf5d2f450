using System.Text.Json;
using Baton.Packing.Tokens;

namespace Baton.Tests.Packing.Tokens;

/// <summary>
/// Counts of tricky texts against golden/golden.json, which golden/generate.sh writes with js-tiktoken (the
/// reference); node is needed only to regenerate it.
/// </summary>
public sealed class TiktokenCounterGoldenTests
{
    private static readonly Lazy<IReadOnlyList<GoldenCase>> Cases = new(Load);

    [Theory]
    [InlineData("o200k_base")]
    [InlineData("cl100k_base")]
    public void Count_GoldenTexts_EqualsJsTiktoken(string encoding)
    {
        var counter = TiktokenCounter.For(encoding);

        var mismatches = Cases.Value
            .Select(c => (Case: c, Expected: c.Counts[encoding], Actual: counter.Count(c.Text)))
            .Where(r => r.Expected != r.Actual)
            .Select(r => $"{r.Case.Name}: expected {r.Expected}, got {r.Actual}; pieces {JsonSerializer.Serialize(counter.Pieces(r.Case.Text))}")
            .ToList();

        Assert.True(Cases.Value.Count > 600, "golden.json lost its cases");
        Assert.Empty(mismatches);
    }

    private static List<GoldenCase> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Packing", "Tokens", "golden", "golden.json")));
        return [.. document.RootElement.EnumerateArray().Select(e => new GoldenCase(
            e.GetProperty("name").GetString()!,
            e.TryGetProperty("text", out var text) ? text.GetString()! : new string([.. e.GetProperty("utf16").EnumerateArray().Select(u => (char)u.GetInt32())]),
            new Dictionary<string, int>
            {
                ["o200k_base"] = e.GetProperty("o200k_base").GetInt32(),
                ["cl100k_base"] = e.GetProperty("cl100k_base").GetInt32(),
            }))];
    }

    private sealed record GoldenCase(string Name, string Text, IReadOnlyDictionary<string, int> Counts);
}
