using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Drawing;

/// <summary>The colours of the pictures and of GEXF/yEd exports (colour-blind-safe Okabe–Ito hues).</summary>
public static class Palette
{
    /// <summary>Fill colour of a node by entity kind.</summary>
    public static string NodeColor(EntityKind k) => k switch
    {
        EntityKind.Person => "#0072B2",
        EntityKind.Organization => "#E69F00",
        EntityKind.Country => "#009E73",
        EntityKind.Place => "#CC79A7",
        _ => "#999999",
    };

    /// <summary>Stroke colour of an edge: CAMEO quad class for interactions, grey for co-occurrence, purple for roles.</summary>
    public static string EdgeColor(RelationEdge e) => e.Kind switch
    {
        RelationKind.Interaction => e.Quad switch
        {
            QuadClass.VerbalCooperation => "#56B4E9",
            QuadClass.MaterialCooperation => "#1B7837",
            QuadClass.VerbalConflict => "#E69F00",
            _ => "#D55E00",
        },
        RelationKind.Role => "#7B3294",
        _ => "#BBBBBB",
    };

    /// <summary>The legend entries for node kinds.</summary>
    public static IEnumerable<(string Label, string Color)> NodeLegend() =>
        Enum.GetValues<EntityKind>().Select(k => (EntityKinds.Name(k), NodeColor(k)));

    /// <summary>The legend entries for edge classes.</summary>
    public static IEnumerable<(string Label, string Color)> EdgeLegend()
    {
        foreach (var q in Enum.GetValues<QuadClass>())
            yield return (Cameo.QuadName(q), EdgeColor(new RelationEdge(Dummy, Dummy, RelationKind.Interaction, 1, cameoRoot: q switch
            {
                QuadClass.VerbalCooperation => "01",
                QuadClass.MaterialCooperation => "06",
                QuadClass.VerbalConflict => "10",
                _ => "15",
            })));
        yield return ("role", EdgeColor(new RelationEdge(Dummy, Dummy, RelationKind.Role, 1)));
        yield return ("co-occurrence", EdgeColor(new RelationEdge(Dummy, Dummy, RelationKind.Cooccurrence, 1)));
    }

    private static readonly EntityNode Dummy = new("urn:x", "", EntityKind.Other);

    /// <summary>RGB components of a "#rrggbb" colour.</summary>
    public static (int R, int G, int B) Rgb(string hex) =>
        (Convert.ToInt32(hex.Substring(1, 2), 16), Convert.ToInt32(hex.Substring(3, 2), 16), Convert.ToInt32(hex.Substring(5, 2), 16));
}
