using System.CommandLine;
using System.Globalization;
using NewsLens.Cli.Input;
using NewsLens.Cli.Output;
using NewsLens.Core;
using NewsLens.Extraction;
using NewsLens.Text;
using NewsLens.Text.Encodings;
using NewsLens.Vietnamese;
using Spectre.Console;

namespace NewsLens.Cli;

/// <summary><c>newslens analyze [FILE|-] [--format text|json|conllu] [--date YYYY-MM-DD] [--encoding …]</c>.</summary>
internal static class AnalyzeCommand
{
    private static readonly Lazy<NewsLensPipeline> Pipeline = new(QuoteCommands.BuildPipeline);

    private static readonly bool Debug = Environment.GetEnvironmentVariable("NEWSLENS_DEBUG") == "1";

    public static Command Create(CliIO io)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A UTF-8 text file, one paragraph per line; '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "conllu");
        var date = new Option<string?>("--date", "-d")
        {
            Description = "The article's date, YYYY-MM-DD, to resolve relative dates (\"hôm thứ sáu\").",
        };
        date.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string?>();
            if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                result.AddError($"--date must be a date as YYYY-MM-DD, not '{value}'.");
        });
        var encoding = new Option<string>("--encoding", "-e")
        {
            Description = "Input encoding; 'auto' reads UTF-8 and detects Windows-1258, TCVN3 and VNI.",
            DefaultValueFactory = _ => "auto",
        };
        encoding.AcceptOnlyFromAmong("auto", "utf-8", "windows-1258", "tcvn3", "vni");

        var command = new Command("analyze", "Analyze a Vietnamese news article: paragraphs, sentences, words, tokens.")
        {
            file, format, date, encoding,
        };
        command.SetAction(parsed =>
        {
            string? dateText = parsed.GetValue(date);
            DateOnly? articleDate = dateText is null ? null : DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Run(io, parsed.GetValue(file), parsed.GetValue(format) ?? "text", articleDate, ParseEncoding(parsed.GetValue(encoding)));
        });
        return command;
    }

    /// <summary>The encoding forced with <c>--encoding</c>, or null for "auto".</summary>
    private static SourceEncoding? ParseEncoding(string? value) =>
        VietnameseEncodings.TryParseName(value, out SourceEncoding encoding) ? encoding : null;

    private static int Run(CliIO io, string? path, string format, DateOnly? date, SourceEncoding? encoding)
    {
        if (path is null && io.InputIsTerminal)
            throw new CliException(ExitCodes.Usage, "no input: give a FILE, or pipe text to standard input");

        using InputSource input = InputSource.Open(path, io.Input, encoding);
        if (input.Note is not null)
            io.Error.WriteLine($"newslens: note: {input.Note}");

        using IAnalysisWriter writer = format switch
        {
            "json" => new JsonAnalysisWriter(io.Output),
            "conllu" => new ConlluWriter(io.OutText),
            _ => new TextAnalysisWriter(CreateConsole(io)),
        };
        NewsLensPipeline pipeline = Pipeline.Value;
        writer.Begin(new AnalysisHeader(input.DisplayName, VietnameseEncodings.DisplayName(input.Encoding), date));
        var at = new ChunkBase(0, 0, 0, 0, 0);
        foreach (string chunk in input.ReadChunks())
        {
            Document doc = pipeline.Process(chunk, date);
            writer.Write(doc, at);
            at = at.Next(doc);
            if (Debug)
                io.Error.WriteLine($"newslens: debug: chunk ends at {at.Offset}, managed heap {GC.GetTotalMemory(false) / 1048576} MB");
        }
        writer.End();
        io.OutText.Flush();
        return ExitCodes.Ok;
    }

    private static IAnsiConsole CreateConsole(CliIO io)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.OutText),
            Ansi = io.OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = io.OutputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = io.OutputIsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!io.OutputIsTerminal)
            console.Profile.Width = 1 << 16; // redirected: one sentence per line, never wrapped
        return console;
    }
}
