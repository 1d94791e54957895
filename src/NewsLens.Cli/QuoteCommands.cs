using System.CommandLine;
using System.Text.Json;
using NewsLens.Core;
using NewsLens.Extraction;
using NewsLens.Training.Quotes;
using NewsLens.Vietnamese;

namespace NewsLens.Cli;

/// <summary><c>newslens eval quotes --gold DIR [--data DIR] [--json] [--errors]</c>.</summary>
internal static class QuoteCommands
{
    public static Command CreateEval(CliIO io)
    {
        var gold = new Option<string>("--gold") { Description = "A folder of gold passages (tests/QuoteGold/dev or tests/QuoteGold/test).", Required = true };
        var data = new Option<string?>("--data") { Description = "The datasets folder holding the referenced articles; default ../shared/data." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var errors = new Option<bool>("--errors") { Description = "Also print every missed, extra or misattributed item (standard error)." };
        var command = new Command("quotes", "Evaluate quotes (span-overlap P/R/F1, per kind), speaker accuracy, quantities and dates (exact normalized value) on the annotated passages.")
        {
            gold, data, json, errors,
        };
        command.SetAction(p => Eval(io, p.GetValue(gold)!, p.GetValue(data), p.GetValue(json), p.GetValue(errors)));
        return command;
    }

    /// <summary>The pipeline that <c>analyze</c> runs, with quotes.</summary>
    internal static NewsLensPipeline BuildPipeline() =>
        NewsLensPipeline.CreateBuilder()
            .UseVietnamese(VietnameseModels.LoadDefault())
            .UseQuantities()
            .UseDates()
            .UseQuotes()
            .Build();

    private static int Eval(CliIO io, string goldDir, string? dataOption, bool json, bool printErrors)
    {
        if (!Directory.Exists(goldDir))
            throw new CliException(ExitCodes.InputNotFound, $"gold folder '{goldDir}' does not exist");
        string dataRoot = DataPaths.DataRoot(dataOption);
        IReadOnlyList<QuotePassage> passages;
        try
        {
            passages = QuoteGold.Load(goldDir, dataRoot);
        }
        catch (InvalidDataException ex)
        {
            throw new CliException(ExitCodes.BadEncoding, ex.Message);
        }
        if (passages.Count == 0)
            throw new CliException(ExitCodes.InputNotFound, $"no gold passages (*.json) in '{goldDir}'");
        NewsLensPipeline pipeline = BuildPipeline();
        QuoteScores s = QuoteEvaluation.Score(passages, (text, date) => pipeline.Process(text, date), printErrors);
        if (json)
        {
            var byKind = new Dictionary<string, object>();
            foreach (var (kind, k) in s.ByKind)
                byKind[kind] = new Dictionary<string, object> { ["gold"] = k.Gold, ["system"] = k.System, ["precision"] = R(k.Precision), ["recall"] = R(k.Recall), ["f1"] = R(k.F1) };
            var result = new Dictionary<string, object?>
            {
                ["task"] = "quotes",
                ["gold"] = goldDir,
                ["passages"] = s.Passages,
                ["gold_quotes"] = s.Quotes.Gold,
                ["system_quotes"] = s.Quotes.System,
                ["matched_quotes"] = s.Quotes.MatchedGold,
                ["precision"] = R(s.Quotes.Precision),
                ["recall"] = R(s.Quotes.Recall),
                ["f1"] = R(s.Quotes.F1),
                ["by_kind"] = byKind,
                ["kind_accuracy"] = R(s.Quotes.MatchedGold == 0 ? 1 : (double)s.KindCorrect / s.Quotes.MatchedGold),
                ["speaker_accuracy"] = R(s.SpeakerAccuracy),
                ["speakers_correct"] = s.SpeakersCorrect,
                ["speakers_total"] = s.SpeakersTotal,
                ["anonymous_speaker_accuracy"] = R(s.AnonymousTotal == 0 ? 1 : (double)s.AnonymousCorrect / s.AnonymousTotal),
                ["anonymous_speakers"] = s.AnonymousTotal,
                ["scare_quotes"] = new Dictionary<string, object> { ["gold"] = s.ScareQuotes.Gold, ["system"] = s.ScareQuotes.System, ["precision"] = R(s.ScareQuotes.Precision), ["recall"] = R(s.ScareQuotes.Recall) },
                ["quantity_accuracy"] = R(s.QuantityAccuracy),
                ["quantities_gold"] = s.QuantitiesGold,
                ["quantities_correct"] = s.QuantitiesCorrect,
                ["quantities_system"] = s.QuantitiesSystem,
                ["date_accuracy"] = R(s.DateAccuracy),
                ["dates_gold"] = s.DatesGold,
                ["dates_correct"] = s.DatesCorrect,
                ["dates_system"] = s.DatesSystem,
            };
            io.OutText.WriteLine(JsonSerializer.Serialize(result));
        }
        else
        {
            io.OutText.WriteLine($"gold: {goldDir}, {s.Passages} passages, {s.Quotes.Gold} quotes ({s.Quotes.System} found, {s.Quotes.MatchedGold} matched by span overlap)");
            io.OutText.WriteLine($"quotes      P {s.Quotes.Precision:F3}  R {s.Quotes.Recall:F3}  F1 {s.Quotes.F1:F3}");
            foreach (var (kind, k) in s.ByKind)
                io.OutText.WriteLine($"  {kind,-9} P {k.Precision:F3}  R {k.Recall:F3}  F1 {k.F1:F3}  (gold {k.Gold}, found {k.System})");
            io.OutText.WriteLine($"speaker accuracy {s.SpeakerAccuracy:F3} ({s.SpeakersCorrect}/{s.SpeakersTotal} found quotes; anonymous {s.AnonymousCorrect}/{s.AnonymousTotal})");
            io.OutText.WriteLine($"scare quotes P {s.ScareQuotes.Precision:F3}  R {s.ScareQuotes.Recall:F3} (gold {s.ScareQuotes.Gold}, found {s.ScareQuotes.System})");
            io.OutText.WriteLine($"quantities  {s.QuantityAccuracy:F3} exact value ({s.QuantitiesCorrect}/{s.QuantitiesGold})");
            io.OutText.WriteLine($"dates       {s.DateAccuracy:F3} exact value ({s.DatesCorrect}/{s.DatesGold})");
        }
        io.OutText.Flush();
        foreach (string e in s.Errors)
            io.Error.WriteLine(e);
        return ExitCodes.Ok;
    }

    private static double R(double x) => Math.Round(x, 4);
}
