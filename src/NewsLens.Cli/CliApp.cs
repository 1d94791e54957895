using System.CommandLine;
using System.Reflection;
using System.Text;

namespace NewsLens.Cli;

/// <summary>
/// The <c>newslens</c> command line. <see cref="Run"/> takes its streams as arguments so that tests run it in
/// process exactly as a user runs it.
/// </summary>
public static class CliApp
{
    /// <summary>The product version ("0.1.0").</summary>
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Runs the command line and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="io">Standard input, output and error.</param>
    public static int Run(string[] args, CliIO io)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        RootCommand root = BuildCommands(io);
        ParseResult parsed = root.Parse(args);
        var config = new InvocationConfiguration
        {
            Output = io.OutText,
            Error = io.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parsed.Errors)
                io.Error.WriteLine($"newslens: {error.Message}");
            io.Error.WriteLine("Try 'newslens --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            return parsed.Invoke(config);
        }
        catch (CliException ex)
        {
            io.OutText.Flush();
            io.Error.WriteLine($"newslens: {ex.Message}");
            return ex.ExitCode;
        }
        catch (IOException ex)
        {
            io.Error.WriteLine($"newslens: I/O error: {ex.Message}");
            return ExitCodes.InputNotFound;
        }
#pragma warning disable CA1031 // The last line of defence: a one-line message, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            io.Error.WriteLine($"newslens: internal error ({ex.GetType().Name}: {ex.Message}); please report it with the input");
            if (Environment.GetEnvironmentVariable("NEWSLENS_DEBUG") == "1")
                io.Error.WriteLine(ex.ToString());
            return ExitCodes.InternalError;
        }
    }

    private static RootCommand BuildCommands(CliIO io)
    {
        var root = new RootCommand("NewsLens: reads Vietnamese news and turns it into structured, searchable knowledge.");
        root.Subcommands.Add(AnalyzeCommand.Create(io));
        root.Subcommands.Add(new Command("train", "Train a model from the datasets in ../shared/data (reproducible: fixed seed).")
        {
            SegmentationCommands.CreateTrain(io),
            PosCommands.CreateTrain(io),
            ClusterCommands.CreateTrain(io),
            NerCommands.CreateTrain(io),
        });
        root.Subcommands.Add(new Command("eval", "Evaluate a model on a gold dataset file (its layout is detected).")
        {
            SegmentationCommands.CreateEval(io),
            PosCommands.CreateEval(io),
            NerCommands.CreateEval(io),
            QuoteCommands.CreateEval(io),
        });
        root.Subcommands.Add(ClusterCommands.CreateShow(io));
        root.Subcommands.Add(new Command("bench", "Measure speed, allocations and memory of a stage.")
        {
            BenchCommands.CreateWs(io),
            BenchCommands.CreatePos(io),
            BenchCommands.CreateNer(io),
        });
        foreach (Option option in root.Options)
        {
            // The default prints the entry assembly's version, which is the test host's under tests.
            if (option is VersionOption version)
                version.Action = new PrintVersionAction();
        }
        return root;
    }

    private sealed class PrintVersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Ok;
        }
    }
}

/// <summary>The streams a command reads and writes.</summary>
public sealed class CliIO
{
    /// <summary>Creates the streams.</summary>
    /// <param name="input">Standard input (bytes).</param>
    /// <param name="output">Standard output (bytes; text goes through <see cref="OutText"/>).</param>
    /// <param name="error">Standard error.</param>
    /// <param name="outputIsTerminal">True when standard output is an interactive terminal (colour, progress).</param>
    public CliIO(Stream input, Stream output, TextWriter error, bool outputIsTerminal)
    {
        Input = input;
        Output = output;
        OutText = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n", AutoFlush = false };
        Error = error;
        OutputIsTerminal = outputIsTerminal;
    }

    /// <summary>Standard input.</summary>
    public Stream Input { get; }

    /// <summary>Standard output as bytes. Flush <see cref="OutText"/> before writing here.</summary>
    public Stream Output { get; }

    /// <summary>Standard output as UTF-8 text.</summary>
    public TextWriter OutText { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True when standard output is a terminal.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>True when standard input is an interactive terminal (nothing piped in).</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>The process's own streams.</summary>
    public static CliIO FromConsole()
    {
        var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        return new CliIO(Console.OpenStandardInput(), Console.OpenStandardOutput(), error, !Console.IsOutputRedirected)
        {
            InputIsTerminal = !Console.IsInputRedirected,
        };
    }
}
