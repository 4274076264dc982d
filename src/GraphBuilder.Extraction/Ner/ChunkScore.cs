namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// Exact-span chunk precision, recall and F1, micro-averaged over all labels: the "strict" measure of the GermEval
/// scorer. Used for early stopping; the project's reference figures come from <c>shared/eval/ner_eval.py</c>.
/// </summary>
public sealed class ChunkScore
{
    /// <summary>Chunks predicted.</summary>
    public int Predicted { get; private set; }

    /// <summary>Chunks in the gold standard.</summary>
    public int Gold { get; private set; }

    /// <summary>Predicted chunks with the gold span and label.</summary>
    public int Correct { get; private set; }

    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 100 : 0) : 100.0 * Correct / Predicted;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? (Predicted == 0 ? 100 : 0) : 100.0 * Correct / Gold;

    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one sentence.</summary>
    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var g = NerTagSet.Chunks(gold);
        var p = NerTagSet.Chunks(predicted);
        Gold += g.Count;
        Predicted += p.Count;
        var set = new HashSet<NerSpan>(g);
        foreach (var s in p) if (set.Contains(s)) Correct++;
    }

    /// <inheritdoc />
    public override string ToString() => $"P {Precision:F2} R {Recall:F2} F1 {F1:F2}";
}
