namespace GraphBuilder.Graph.Model;

/// <summary>GDELT's four quad classes that group CAMEO roots; edges are coloured by them.</summary>
public enum QuadClass
{
    /// <summary>Roots 01–05.</summary>
    VerbalCooperation = 1,
    /// <summary>Roots 06–09.</summary>
    MaterialCooperation = 2,
    /// <summary>Roots 10–14.</summary>
    VerbalConflict = 3,
    /// <summary>Roots 15–20.</summary>
    MaterialConflict = 4,
}

/// <summary>CAMEO root codes: labels and quad classes.</summary>
public static class Cameo
{
    private static readonly string[] Labels =
    [
        "", "make public statement", "appeal", "express intent to cooperate", "consult", "engage in diplomatic cooperation",
        "engage in material cooperation", "provide aid", "yield", "investigate", "demand", "disapprove", "reject", "threaten",
        "protest", "exhibit force posture", "reduce relations", "coerce", "assault", "fight", "use unconventional mass violence",
    ];

    /// <summary>The two-digit root of a CAMEO code ("138" → "13", "4" → "04"), or null when the code is not CAMEO.</summary>
    public static string? Root(string code)
    {
        var c = code.Trim();
        if (c.Length == 0 || !c.All(char.IsAsciiDigit)) return null;
        if (c.Length == 1) c = "0" + c;
        var root = c[..2];
        int n = int.Parse(root, System.Globalization.CultureInfo.InvariantCulture);
        return n is >= 1 and <= 20 ? root : null;
    }

    /// <summary>The English label of a root ("13" → "threaten").</summary>
    public static string Label(string root) =>
        int.TryParse(root, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 20 ? Labels[n] : "unknown";

    /// <summary>The quad class of a root.</summary>
    public static QuadClass Quad(string root)
    {
        int n = int.Parse(root, System.Globalization.CultureInfo.InvariantCulture);
        return n switch
        {
            <= 5 => QuadClass.VerbalCooperation,
            <= 9 => QuadClass.MaterialCooperation,
            <= 14 => QuadClass.VerbalConflict,
            _ => QuadClass.MaterialConflict,
        };
    }

    /// <summary>Display name of a quad class.</summary>
    public static string QuadName(QuadClass q) => q switch
    {
        QuadClass.VerbalCooperation => "verbal cooperation",
        QuadClass.MaterialCooperation => "material cooperation",
        QuadClass.VerbalConflict => "verbal conflict",
        _ => "material conflict",
    };
}
