using Baton.Cli.Infrastructure;
using Baton.Packing;
using Spectre.Console;

namespace Baton.Cli.Commands.Packs;

/// <summary>A progress bar on stderr while a pack is built (files walked, files counted, tokens, files written), only on a terminal.</summary>
internal static class PackProgressView
{
    public static async Task<PackResult> RunAsync(CliEnvironment environment, bool json, Func<IProgress<PackProgress>?, Task<PackResult>> build)
    {
        if (!environment.ErrorIsTerminal || json || !string.IsNullOrEmpty(environment.Variable("BATON_NO_PROGRESS")))
            return await build(null);

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Error),
            Ansi = string.IsNullOrEmpty(environment.Variable("NO_COLOR")) ? AnsiSupport.Detect : AnsiSupport.No,
            Interactive = InteractionSupport.Yes,
        });
        PackResult? result = null;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var walk = context.AddTask("walking files", maxValue: 1);
                var count = context.AddTask("counting tokens", maxValue: 1);
                var write = context.AddTask("writing", maxValue: 1);
                var reporter = new Reporter(walk, count, write);
                result = await build(reporter);
            });
        return result!;
    }

    private sealed class Reporter(ProgressTask walk, ProgressTask count, ProgressTask write) : IProgress<PackProgress>
    {
        public void Report(PackProgress value)
        {
            var selected = Math.Max(1, value.FilesSelected);
            walk.Description = $"walking files ({value.FilesWalked:N0})";
            if (value.Stage != "walking")
                walk.Value = walk.MaxValue;
            count.MaxValue = selected;
            count.Value = value.FilesMeasured;
            count.Description = $"counting tokens ({value.TokensCounted:N0})";
            write.MaxValue = selected;
            write.Value = value.FilesWritten;
        }
    }
}
