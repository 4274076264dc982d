namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// The BIO tag inventory of the GermEval 2014 (NoSta-D) scheme: <c>O</c>, then <c>B-X</c> and <c>I-X</c> for the
/// twelve labels PER, ORG, LOC, OTH and their <c>-deriv</c>/<c>-part</c> variants (25 tags). The order is fixed,
/// because a model file stores tags by their number.
/// </summary>
public static class NerTagSet
{
    /// <summary>The twelve entity labels, in the order used by tag numbers.</summary>
    public static readonly IReadOnlyList<string> Labels = BuildLabels();

    /// <summary>Number of tags (O plus B and I for every label).</summary>
    public static readonly int Count = 1 + 2 * Labels.Count;

    /// <summary>Tag number of <c>O</c>.</summary>
    public const int Outside = 0;

    private static readonly string[] Names = BuildNames();
    private static readonly Dictionary<string, int> ByName = Names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);

    /// <summary>The tag's text (<c>O</c>, <c>B-LOC</c>, <c>I-ORGpart</c>, ...).</summary>
    public static string Name(int tag) => Names[tag];

    /// <summary>Tag number of <paramref name="name"/>, or -1 when it is not a tag of the scheme.</summary>
    public static int Parse(string name) => ByName.TryGetValue(name, out var t) ? t : -1;

    /// <summary>True for a <c>B-X</c> tag.</summary>
    public static bool IsBegin(int tag) => tag > 0 && (tag & 1) == 1;

    /// <summary>True for an <c>I-X</c> tag.</summary>
    public static bool IsInside(int tag) => tag > 0 && (tag & 1) == 0;

    /// <summary>The label number (index into <see cref="Labels"/>) of a B or I tag; -1 for O.</summary>
    public static int LabelOf(int tag) => tag == 0 ? -1 : (tag - 1) >> 1;

    /// <summary>The B tag of label number <paramref name="label"/>.</summary>
    public static int Begin(int label) => 1 + 2 * label;

    /// <summary>The I tag of label number <paramref name="label"/>.</summary>
    public static int Inside(int label) => 2 + 2 * label;

    /// <summary>
    /// BIO constraint: <c>I-X</c> may only follow <c>B-X</c> or <c>I-X</c>. <paramref name="previous"/> = -1 means the
    /// sentence start.
    /// </summary>
    public static bool Allowed(int previous, int tag)
    {
        if (!IsInside(tag)) return true;
        return previous > 0 && LabelOf(previous) == LabelOf(tag);
    }

    /// <summary>
    /// Reads chunks from a tag sequence: a chunk starts at B-X, or at an I-X that does not continue X (the conlleval
    /// convention, also used by the project's scorer), and covers the following I-X tags.
    /// </summary>
    public static List<NerSpan> Chunks(ReadOnlySpan<int> tags)
    {
        var result = new List<NerSpan>();
        var start = -1;
        var label = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var t = i < tags.Length ? tags[i] : Outside;
            var continues = IsInside(t) && LabelOf(t) == label;
            if (start >= 0 && !continues)
            {
                result.Add(new NerSpan(start, i, Labels[label]));
                start = -1;
                label = -1;
            }
            if (t != Outside && !continues)
            {
                start = i;
                label = LabelOf(t);
            }
        }
        return result;
    }

    private static string[] BuildLabels()
    {
        var labels = new List<string>();
        foreach (var b in new[] { "PER", "ORG", "LOC", "OTH" })
            foreach (var s in new[] { "", "deriv", "part" })
                labels.Add(b + s);
        return labels.ToArray();
    }

    private static string[] BuildNames()
    {
        var names = new string[1 + 2 * Labels.Count];
        names[0] = "O";
        for (var l = 0; l < Labels.Count; l++)
        {
            names[Begin(l)] = "B-" + Labels[l];
            names[Inside(l)] = "I-" + Labels[l];
        }
        return names;
    }
}
