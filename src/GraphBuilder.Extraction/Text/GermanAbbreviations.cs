namespace GraphBuilder.Extraction.Text;

/// <summary>German abbreviations that end with a period which does not end the sentence.</summary>
public static class GermanAbbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "Dr", "Prof", "Nr", "Abs", "Art", "Bd", "bzw", "ca", "Chr", "d", "Dipl", "etc", "evtl", "Fa", "Fr", "geb",
        "ggf", "Hr", "Hrsg", "inkl", "Jh", "Jr", "jun", "Kap", "lt", "Mio", "Mrd", "Mrz", "Nov", "Okt", "Dez", "Jan",
        "Feb", "Apr", "Aug", "Sept", "Sep", "o", "St", "Str", "sog", "u", "usw", "v", "vgl", "z", "zB", "zit", "zzt",
        "Tel", "Abt", "Bsp", "bspw", "gem", "Gen", "Hl", "Ing", "max", "min", "Mr", "Mrs", "Ms", "Sen", "Rep", "Gov",
        "Co", "Inc", "Ltd", "Corp", "resp", "sen", "usf", "vs", "Vors", "Präs", "Verf", "Mag", "Bf", "Pkt", "rd",
    };

    /// <summary>True when <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool Contains(string word) => Known.Contains(word);

    /// <summary>German month names (1-based index) for dates such as "19. Januar".</summary>
    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["Januar"] = 1, ["Jänner"] = 1, ["Februar"] = 2, ["März"] = 3, ["April"] = 4, ["Mai"] = 5, ["Juni"] = 6,
        ["Juli"] = 7, ["August"] = 8, ["September"] = 9, ["Oktober"] = 10, ["November"] = 11, ["Dezember"] = 12,
        ["Jan"] = 1, ["Feb"] = 2, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9, ["Sept"] = 9, ["Okt"] = 10,
        ["Nov"] = 11, ["Dez"] = 12,
    };
}
