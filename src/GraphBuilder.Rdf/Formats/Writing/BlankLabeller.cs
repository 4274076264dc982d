using System.Globalization;

namespace GraphBuilder.Rdf.Formats;

/// <summary>Gives blank nodes the labels b0, b1, ... in the order a writer first prints them.</summary>
internal sealed class BlankLabeller
{
    private readonly Dictionary<INode, string> _labels = new();

    /// <summary>The label of <paramref name="blank"/>, allocating the next one on first use.</summary>
    public string Label(IBlankNode blank)
    {
        if (!_labels.TryGetValue(blank, out var label))
        {
            label = "b" + _labels.Count.ToString(CultureInfo.InvariantCulture);
            _labels.Add(blank, label);
        }
        return label;
    }
}
