using Baton.Cli;
using Baton.Cli.Infrastructure;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await BatonApp.RunAsync(args, CliEnvironment.FromConsole(), cancel.Token);
