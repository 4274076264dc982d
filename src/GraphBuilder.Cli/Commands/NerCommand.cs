using System.CommandLine;
using System.Diagnostics;
using GraphBuilder.Cli.Infrastructure;
using GraphBuilder.Extraction.Ner;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Cli.Commands;

/// <summary><c>graphbuilder ner train|tag</c>: the statistical German NER model.</summary>
public static class NerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("ner", "German named-entity recognition (GermEval 2014 labels): train a model, tag text or TSV.");
        cmd.Subcommands.Add(CreateTrain());
        cmd.Subcommands.Add(CreateTag());
        return cmd;
    }

    private static Option<string?> ModelOption() => new("--model", "-m") { Description = "Model file (default: the model shipped with graphbuilder)" };

    private static Command CreateTrain()
    {
        var train = new Option<string>("--train") { Description = "Training data, GermEval TSV (index, token, outer tag, inner tag)", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Development data for early stopping, GermEval TSV" };
        var output = new Option<string>("--output", "-o") { Description = "Model file to write", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Most training epochs", DefaultValueFactory = _ => new NerTrainingOptions().MaxEpochs };
        var patience = new Option<int>("--patience") { Description = "Stop after this many epochs without a better dev F1", DefaultValueFactory = _ => new NerTrainingOptions().Patience }.AtLeast(0);
        var seed = new Option<int>("--seed") { Description = "Shuffle seed", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var noInner = new Option<bool>("--no-inner") { Description = "Train the outer level only" };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "Name list to build gazetteer features from: TSV lines CLASS<TAB>NAME" };
        var dictionary = new Option<string?>("--dictionary") { Description = "General German word list, one word per line (e.g. /usr/share/dict/ngerman)" };
        var minCount = new Option<int>("--min-count") { Description = "Leave out features seen fewer times in training", DefaultValueFactory = _ => new NerTrainingOptions().MinFeatureCount }.AtLeast(0);
        var maxStep = new Option<float>("--max-step") { Description = "Passive-aggressive updates with this largest step (0 = perceptron)", DefaultValueFactory = _ => new NerTrainingOptions().MaxStep }.AtLeast(0f);
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this from the saved model", DefaultValueFactory = _ => new NerTrainingOptions().PruneBelow }.AtLeast(0f);
        var runs = new Option<int>("--runs") { Description = "Training runs with seeds SEED, SEED+1, ...; the model is the mean of their weights", DefaultValueFactory = _ => new NerTrainingOptions().Runs };
        var cmd = new Command("train", "Train a model (averaged perceptron, Viterbi under BIO constraints); prints dev F1 and time per epoch.");
        foreach (var o in new Option[] { train, dev, output, epochs, patience, seed, noInner, gazetteer, dictionary, minCount, maxStep, prune, runs }) cmd.Options.Add(o);
        cmd.SetAction(pr => CommandRunner.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            string?[] inputs = [pr.GetValue(train), pr.GetValue(dev), pr.GetValue(gazetteer), pr.GetValue(dictionary)];
            foreach (var f in inputs) if (f != null) InputFiles.Require(f);
            OutputGuard.Check(pr.GetValue(output)!, inputs);
            var trainData = GermEvalFormat.ReadFile(pr.GetValue(train)!, requireTags: true);
            var devPath = pr.GetValue(dev);
            var devData = devPath != null ? GermEvalFormat.ReadFile(devPath, requireTags: true) : null;
            var options = new NerTrainingOptions
            {
                MaxEpochs = pr.GetValue(epochs),
                Patience = pr.GetValue(patience),
                Seed = pr.GetValue(seed),
                InnerLevel = !pr.GetValue(noInner),
                Log = Console.WriteLine,
            };
            if (options.MaxEpochs < 1) throw new ArgumentException("--epochs must be at least 1");
            options.MinFeatureCount = pr.GetValue(minCount);
            options.MaxStep = pr.GetValue(maxStep);
            options.PruneBelow = pr.GetValue(prune);
            options.Runs = pr.GetValue(runs);
            if (options.Runs < 1) throw new ArgumentException("--runs must be at least 1");
            var dictPath = pr.GetValue(dictionary);
            if (dictPath != null) options.Dictionary = ReadLines(dictPath).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToList();
            var gazPath = pr.GetValue(gazetteer);
            if (gazPath != null) options.Gazetteer = ReadGazetteer(gazPath);
            options.Description = $"graphbuilder ner train on {Path.GetFileName(pr.GetValue(train))} ({trainData.Count} sentences)"
                + (devData != null ? $", dev {Path.GetFileName(devPath)}" : "") + $", seed {options.Seed}" + (options.Runs > 1 ? $", {options.Runs} runs" : "") + $", {DateTime.UtcNow:yyyy-MM-dd}";
            Console.WriteLine($"read {trainData.Count} training sentences" + (devData != null ? $", {devData.Count} dev sentences" : ""));
            var model = NerTrainer.Train(trainData, devData, options);
            AtomicFile.WriteStream(pr.GetValue(output)!, model.Save);
            Console.WriteLine($"wrote {pr.GetValue(output)}: {model.WeightCount} weights; {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        }));
        return cmd;
    }

    private static Command CreateTag()
    {
        var input = new Argument<string>("INPUT") { Description = "GermEval TSV (.tsv: columns 3 and 4 are replaced by predictions) or plain text (.txt: one line per name)" };
        var output = new Option<string>("--output", "-o") { Description = "Output file ('-' = standard output)", DefaultValueFactory = _ => "-" };
        var model = ModelOption();
        var cmd = new Command("tag", "Tag a GermEval TSV file or a plain-text file with the NER model.");
        cmd.Arguments.Add(input);
        cmd.Options.Add(output);
        cmd.Options.Add(model);
        cmd.SetAction(pr => CommandRunner.Run(() =>
        {
            var path = InputFiles.Require(pr.GetValue(input)!);
            var modelPath = pr.GetValue(model);
            if (modelPath != null) InputFiles.Require(modelPath);
            OutputGuard.Check(pr.GetValue(output)!, [path, modelPath]);
            var tagger = LoadTagger(modelPath);
            if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                var text = StrictUtf8Reader.ReadAllText(path);
                // As for a TSV file without sentences: an empty input is a mistake, not a text without names.
                if (string.IsNullOrWhiteSpace(text)) throw new InvalidDataException($"{path}: no text (the file is empty)");
                var entities = tagger.TagText(text);
                AtomicFile.WriteText(pr.GetValue(output)!, w =>
                {
                    foreach (var e in entities)
                        w.Write($"{e.Start}\t{e.End}\t{e.Label}\t{e.Text.ReplaceLineEndings(" ")}\n");
                });
                return 0;
            }
            var sentences = GermEvalFormat.ReadFile(path, requireTags: false);
            var outer = new int[sentences.Count][];
            var inner = new int[sentences.Count][];
            Parallel.For(0, sentences.Count, i => (outer[i], inner[i]) = tagger.TagSequence(sentences[i].Tokens));
            AtomicFile.WriteText(pr.GetValue(output)!, w => GermEvalFormat.Write(w, sentences, outer, inner));
            return 0;
        }));
        return cmd;
    }

    /// <summary>The lines of a UTF-8 text file, strictly decoded.</summary>
    private static IEnumerable<string> ReadLines(string path)
    {
        using var reader = StrictUtf8Reader.Open(path);
        while (reader.ReadLine() is { } line) yield return line;
    }

    private static NerTagger LoadTagger(string? path) => path == null ? NerTagger.Default : new NerTagger(NerModel.Load(path));

    private static Dictionary<string, IReadOnlyCollection<string>> ReadGazetteer(string path)
    {
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lineNo = 0;
        foreach (var line in ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1) throw new InvalidDataException($"{path}:{lineNo}: expected CLASS<TAB>NAME");
            var cls = line[..tab];
            if (!lists.TryGetValue(cls, out var set)) lists[cls] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(line[(tab + 1)..].Trim());
        }
        return lists.ToDictionary(p => p.Key, p => (IReadOnlyCollection<string>)p.Value.OrderBy(x => x, StringComparer.Ordinal).ToList());
    }
}
