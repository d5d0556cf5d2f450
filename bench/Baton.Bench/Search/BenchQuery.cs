using Baton.Library;

namespace Baton.Bench.Search;

/// <summary>One query of the search benchmark: what a user types, the filters they add, and the class it stands for.</summary>
internal sealed record BenchQuery(string Class, string Text, ItemFilter Filter)
{
    /// <summary>The filters as the CLI would take them, for the report.</summary>
    public string Flags =>
        string.Join(' ', Filter.Kinds.Select(k => "--kind " + k.Name()).Concat(Filter.Tags.Select(t => "--tag " + t)));
}
