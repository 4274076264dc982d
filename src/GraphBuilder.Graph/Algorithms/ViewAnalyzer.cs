using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Algorithms;

/// <summary>Computes every <see cref="ViewMeasures"/> of a view: degree, PageRank, components, communities.</summary>
public static class ViewAnalyzer
{
    /// <summary>Computes the measures, stores them on the view and returns them.</summary>
    public static ViewMeasures Analyze(RelationView view)
    {
        var g = view.Graph;
        var degree = new Dictionary<EntityNode, int>();
        var weighted = new Dictionary<EntityNode, double>();
        foreach (var v in g.Vertices)
        {
            degree[v] = g.InDegree(v) + g.OutDegree(v);
            weighted[v] = g.InEdges(v).Sum(e => e.Weight) + g.OutEdges(v).Sum(e => e.Weight);
        }
        var pageRank = PageRank.Compute(g, e => e.Weight, isUndirectedEdge: e => !e.IsDirected);
        var component = Components.Weakly(g);
        var measures = new ViewMeasures(pageRank, degree, weighted, component, Communities(view));
        view.Measures = measures;
        return measures;
    }

    /// <summary>Louvain communities on the view taken as undirected, weighted by edge weight; 0 is the largest.</summary>
    public static Dictionary<EntityNode, int> Communities(RelationView view)
    {
        var nodes = view.Graph.Vertices.ToArray();
        var index = new Dictionary<EntityNode, int>();
        for (int i = 0; i < nodes.Length; i++) index[nodes[i]] = i;
        var labels = Louvain.Detect(nodes.Length, view.Graph.Edges.Select(e => (index[e.Source], index[e.Target], e.Weight)));
        return Components.Renumber(nodes.Select((n, i) => new KeyValuePair<EntityNode, int>(n, labels[i])));
    }
}
