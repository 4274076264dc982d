using System.Text;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>Makes IRI-safe slugs from names: lower case, ASCII-folded, words joined by hyphens ("Wolodymyr Selenskyj" → "wolodymyr-selenskyj").</summary>
public static class Slug
{
    // The tool runs with invariant globalization, where string.Normalize does not decompose accented letters, so
    // the folding is a table: German umlauts as German writes them without dots, other Latin letters to their base.
    private const string Accented = "àáâãåāăąçćčďđèéêëēėęěğìíîïīįıłńñňòóôõøōőŕřśşšťţùúûūůűųýÿźżž";
    private const string Base = "aaaaaaaacccddeeeeeeeegiiiiiiilnnnooooooorrsssttuuuuuuuyyzzz";

    /// <summary>The slug of <paramref name="name"/> (never empty: "x" for a name without letters or digits).</summary>
    public static string Make(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        foreach (var ch in name)
        {
            char c = char.ToLowerInvariant(ch);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') { sb.Append(c); continue; }
            switch (c)
            {
                case 'ä': sb.Append("ae"); continue;
                case 'ö': sb.Append("oe"); continue;
                case 'ü': sb.Append("ue"); continue;
                case 'ß' or 'ẞ': sb.Append("ss"); continue;
                case 'æ': sb.Append("ae"); continue;
                case 'œ': sb.Append("oe"); continue;
            }
            int i = Accented.IndexOf(c);
            if (i >= 0) { sb.Append(Base[i]); continue; }
            if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        while (sb.Length > 0 && sb[^1] == '-') sb.Length--;
        return sb.Length == 0 ? "x" : sb.ToString();
    }
}
