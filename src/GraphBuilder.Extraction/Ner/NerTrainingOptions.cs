namespace GraphBuilder.Extraction.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>. The defaults made the shipped model.</summary>
public sealed class NerTrainingOptions
{
    /// <summary>Most passes over the training data.</summary>
    public int MaxEpochs { get; set; } = 30;

    /// <summary>Stop after this many epochs without a better dev F1 (with dev data).</summary>
    public int Patience { get; set; } = 4;

    /// <summary>Seed of the sentence order shuffle; the same seed gives the same model, byte for byte.</summary>
    public int Seed { get; set; } = 20140101;

    /// <summary>Training runs with seeds Seed, Seed + 1, ...; the model is the mean of their (early-stopped) weights.</summary>
    public int Runs { get; set; } = 1;

    /// <summary>With dev data, choose a constant taken off every token's O score (for F1) on dev.</summary>
    public bool TuneOutsideBias { get; set; } = true;

    /// <summary>A feature seen fewer times than this in training is left out.</summary>
    public int MinFeatureCount { get; set; } = 1;

    /// <summary>Averaged weights smaller in magnitude than this are dropped from the saved model.</summary>
    public float PruneBelow { get; set; } = 0.005f;

    /// <summary>Largest passive-aggressive step (PA-I); 0 means plain perceptron steps of 1.</summary>
    public float MaxStep { get; set; }

    /// <summary>Folds for the jack-knifed training lexicon; 1 or less uses the full lexicon on the training data too.</summary>
    public int LexiconFolds { get; set; } = 10;

    /// <summary>Also train the inner (nested) level.</summary>
    public bool InnerLevel { get; set; } = true;

    /// <summary>Gazetteer: class name to the names of that class (single- or multi-word), or null for none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>>? Gazetteer { get; set; }

    /// <summary>A general German word list (one word per line, e.g. a spelling dictionary), or null.</summary>
    public IReadOnlyCollection<string>? Dictionary { get; set; }

    /// <summary>Threads for feature extraction (the perceptron itself is sequential, hence deterministic).</summary>
    public int Threads { get; set; } = Math.Max(1, Math.Min(2, Environment.ProcessorCount));

    /// <summary>Receives one line per epoch and stage.</summary>
    public Action<string>? Log { get; set; }

    /// <summary>Free text stored in the model (e.g. the command that trained it).</summary>
    public string Description { get; set; } = "";
}
