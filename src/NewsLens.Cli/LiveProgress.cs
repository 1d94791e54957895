using Spectre.Console;

namespace NewsLens.Cli;

/// <summary>
/// A progress bar on the terminal (Spectre.Console) for long commands, and nothing at all when the output is
/// redirected, so logs and pipes only get the results.
/// </summary>
internal static class LiveProgress
{
    /// <summary>Runs <paramref name="work"/>, giving it a callback (description, fraction 0..1) that moves the bar.</summary>
    public static T Run<T>(CliIO io, string title, Func<Action<string, double>, T> work)
    {
        if (!io.OutputIsTerminal)
            return work((_, _) => { });
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                ProgressTask task = ctx.AddTask(Markup.Escape(title), maxValue: 1.0);
                result = work((description, fraction) =>
                {
                    task.Description = Markup.Escape(description);
                    task.Value = Math.Clamp(fraction, 0, 1);
                });
                task.Value = 1.0;
            });
        return result;
    }
}
