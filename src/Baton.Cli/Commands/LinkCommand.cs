using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

internal sealed class LinkCommand(CliEnvironment environment) : BatonCommand<LinkCommand.Settings>(environment)
{
    internal sealed class Settings : WriteSettings
    {
        [CommandArgument(0, "<FROM>")]
        [Description("The item the link starts at")]
        public string From { get; init; } = "";

        [CommandArgument(1, "<TYPE>")]
        [Description("relates-to, derived-from, supersedes, depends-on, implements, references or answers")]
        public string Type { get; init; } = "";

        [CommandArgument(2, "<TO>")]
        [Description("The item the link points at")]
        public string To { get; init; } = "";

        [CommandOption("--remove")]
        [Description("Remove the link instead")]
        public bool Remove { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var by = await session.AuthorAsync(settings, cancellationToken);
        string status, message;
        if (settings.Remove)
        {
            var removed = await session.Library.UnlinkAsync(settings.From, settings.Type, settings.To, by, cancellationToken);
            (status, message) = removed ? ("removed", "link removed") : ("absent", "there was no such link");
        }
        else
        {
            var (link, added) = await session.Library.LinkAsync(settings.From, settings.Type, settings.To, by, cancellationToken);
            var ids = await session.ShortIdsAsync([link.From, link.To], cancellationToken);
            (status, message) = (added ? "linked" : "exists", $"{ids[link.From]} {link.Type} {ids[link.To]} ({link.ToTitle}){(added ? "" : " was already linked")}");
        }

        if (Output.Json)
            Output.WriteJson(new MessageJson(status, message), CliJsonContext.Default.MessageJson);
        else
            Output.Line(message);
        return ExitCodes.Ok;
    }
}
