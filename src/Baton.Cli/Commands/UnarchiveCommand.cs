using Baton.Cli.Infrastructure;

namespace Baton.Cli.Commands;

internal sealed class UnarchiveCommand(CliEnvironment environment) : ArchiveCommand(environment)
{
    protected override bool Archive => false;
}
