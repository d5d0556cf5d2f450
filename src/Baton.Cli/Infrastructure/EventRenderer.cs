using System.Globalization;
using Baton.Cli.Json;
using Baton.Storage;
using Spectre.Console;

namespace Baton.Cli.Infrastructure;

/// <summary>The event log as `baton log` and `baton audit log` print it: JSON, tab-separated lines when piped, a table on a terminal.</summary>
internal static class EventRenderer
{
    public static void Write(Output output, IReadOnlyList<StoredEvent> events, bool withSubject)
    {
        if (output.Json)
        {
            output.WriteJson<IReadOnlyList<EventJson>>([.. events.Select(e => new EventJson(e.Seq, e.At, e.Actor, e.Kind, e.Subject, e.Data))], CliJsonContext.Default.IReadOnlyListEventJson);
            return;
        }

        if (!output.Rich)
        {
            foreach (var e in events)
                output.Line(string.Join('\t', e.Seq, ItemRenderer.When(e.At), e.Actor, e.Kind, e.Subject, e.Data ?? ""));
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("#").AddColumn("WHEN").AddColumn("WHO").AddColumn("EVENT");
        if (withSubject)
            table.AddColumn("SUBJECT");
        table.AddColumn("DATA");
        foreach (var e in events)
        {
            Text[] cells = withSubject
                ? [new(e.Seq.ToString(CultureInfo.InvariantCulture)), new(ItemRenderer.When(e.At)), new(e.Actor), new(e.Kind), new(e.Subject), new(e.Data ?? "")]
                : [new(e.Seq.ToString(CultureInfo.InvariantCulture)), new(ItemRenderer.When(e.At)), new(e.Actor), new(e.Kind), new(e.Data ?? "")];
            table.AddRow(cells);
        }

        output.Console.Write(table);
    }
}
