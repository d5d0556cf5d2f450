using System.ComponentModel;
using System.Globalization;
using Baton.Library;
using Spectre.Console.Cli;

namespace Baton.Cli.Infrastructure;

/// <summary>Filters shared by <c>list</c>, <c>search</c> and <c>export</c>.</summary>
internal class FilterSettings : GlobalSettings
{
    [CommandOption("-k|--kind <KIND>")]
    [Description("Only items of this kind: note, snippet, decision, doc, prompt, feedback (repeatable)")]
    public string[] Kinds { get; init; } = [];

    [CommandOption("-t|--tag <TAG>")]
    [Description("Only items with this tag (repeatable: all must match)")]
    public string[] Tags { get; init; } = [];

    [CommandOption("--source-tool <TOOL>")]
    [Description("Only items produced with this tool, e.g. claude-code")]
    public string? SourceTool { get; init; }

    [CommandOption("--actor <KIND>")]
    [Description("Only items produced by: human, ai or automation")]
    public string? Actor { get; init; }

    [CommandOption("--since <WHEN>")]
    [Description("Only items changed since a date (2026-11-01), a time (2026-11-01T09:30Z) or an age (30m, 12h, 7d, 4w)")]
    public string? Since { get; init; }

    [CommandOption("--sensitivity <LEVEL>")]
    [Description("Only items of this sensitivity: public, internal, confidential, secret (repeatable)")]
    public string[] Sensitivities { get; init; } = [];

    [CommandOption("--archived")]
    [Description("Include archived items")]
    public bool Archived { get; init; }


    public ItemFilter ToFilter(DateTimeOffset now) => new()
    {
        Kinds = [.. Kinds.Select(ItemKinds.Parse)],
        Tags = Library.Tags.Normalize(Tags),
        SourceTool = SourceTool,
        Actor = Actor is null ? null : ActorKinds.Parse(Actor),
        Since = Since is null ? null : ParseSince(Since, now),
        Sensitivities = [.. Sensitivities.Select(Library.Sensitivities.Parse)],
        IncludeArchived = Archived,
    };

    internal static DateTimeOffset ParseSince(string value, DateTimeOffset now)
    {
        var text = value.Trim();
        if (text.Length >= 2 && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            double? minutes = char.ToLowerInvariant(text[^1]) switch
            {
                'm' => amount,
                'h' => amount * 60.0,
                'd' => amount * 1440.0,
                'w' => amount * 10080.0,
                _ => null,
            };
            if (minutes is not null)
            {
                // Ages reaching before year 1 mean "everything".
                var earliest = (now - DateTimeOffset.MinValue).TotalMinutes;
                return minutes.Value >= earliest ? DateTimeOffset.MinValue : now.AddMinutes(-minutes.Value);
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw BatonErrors.InvalidSince(value);
    }
}

/// <summary>Filters plus a page size, for the commands that show a page of results (<c>list</c>, <c>search</c>).</summary>
internal class PagedFilterSettings : FilterSettings
{
    [CommandOption("-n|--limit <N>")]
    [Description("At most N results (default 20)")]
    [DefaultValue(20)]
    public int Limit { get; init; } = 20;

    public override Spectre.Console.ValidationResult Validate() =>
        Limit is < 1 or > 10_000
            ? Spectre.Console.ValidationResult.Error("--limit must be between 1 and 10000")
            : base.Validate();

    public ItemFilter ToPagedFilter(DateTimeOffset now) => ToFilter(now) with { Limit = Limit };
}
