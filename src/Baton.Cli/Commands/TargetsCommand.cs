using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Library;
using Baton.Privacy.Boundaries;
using Spectre.Console;

namespace Baton.Cli.Commands;

/// <summary>Lists the privacy targets in effect: the built-ins as baton.yaml leaves them, and the workspace's own.</summary>
internal sealed class TargetsCommand(CliEnvironment environment) : BatonCommand<GlobalSettings>(environment)
{
    protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var targets = session.Config.Targets;
        var rows = targets.All.Select(t => new TargetJson(t.Name, t.Ceiling.Name(), t.Secrets.Name(), t.PersonalData.Name(), t.Description, targets.Origin(t.Name))).ToList();
        if (Output.Json)
        {
            Output.WriteJson<IReadOnlyList<TargetJson>>(rows, CliJsonContext.Default.IReadOnlyListTargetJson);
            return ExitCodes.Ok;
        }

        if (!Output.Rich)
        {
            foreach (var t in rows)
                Output.Line(string.Join('\t', t.Name, t.Ceiling, t.Secrets, t.PersonalData, t.Origin, t.Description));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("TARGET").AddColumn("CEILING").AddColumn("SECRETS").AddColumn("PERSONAL DATA").AddColumn("FROM").AddColumn("DESCRIPTION");
        foreach (var t in rows)
            table.AddRow(new Text(t.Name), new Text(t.Ceiling), new Text(t.Secrets), new Text(t.PersonalData), new Text(t.Origin), new Text(t.Description));
        Output.Console.Write(table);
        return ExitCodes.Ok;
    }
}
