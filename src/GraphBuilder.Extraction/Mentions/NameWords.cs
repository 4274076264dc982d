using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>Which capitalised words may be part of a person's name.</summary>
public static class NameWords
{
    /// <summary>Capitalised words that are never part of a name (German nouns are capitalised, so a short list of the common ones next to names).</summary>
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Er", "Sie", "Es", "Wir", "Ich",
        "Ihr", "Am", "Im", "In", "An", "Auf", "Aus", "Bei", "Mit", "Nach", "Von", "Vom", "Zu", "Zum", "Zur", "Für", "Über",
        "Und", "Oder", "Aber", "Doch", "Auch", "Noch", "Nun", "Dann", "So", "Wie", "Als", "Laut", "Nachdem", "Seit", "Herr", "Frau",
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Sonnabend",
        "Montagabend", "Dienstagabend", "Mittwochabend", "Donnerstagabend", "Freitagabend", "Samstagabend", "Sonntagabend",
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
        "Regierung", "Gespräch", "Gespräche", "Gesprächen", "Treffen", "Interview", "Angaben", "Ende", "Anfang", "Zeit", "Woche",
        "Jahr", "Jahren", "Tag", "Tage", "Tagen", "Uhr", "Prozent", "Millionen", "Milliarden", "Euro", "Dollar",
    };

    /// <summary>Particles inside names ("Ursula von der Leyen", "Marine Le Pen").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "zu", "al", "bin", "ben", "ibn", "Le", "La", "De", "Van", "Al", "El",
    };

    /// <summary>True when <paramref name="t"/> can be (part of) a name.</summary>
    public static bool IsNameWord(Token t)
    {
        if (t.Kind != TokenKind.Word || !char.IsUpper(t.Text[0]) || Stop.Contains(t.Text)) return false;
        if (t.Text.Length >= 2 && t.IsAllCaps) return false;
        foreach (var c in t.Text) if (!char.IsLetter(c) && c != '-' && c != '\'' && c != '’') return false;
        return !IsAbstractNoun(t.Text);
    }

    /// <summary>Suffixes of German abstract nouns that no personal name carries ("Einigkeit", "Partnerschaft", "Souveränität").</summary>
    private static readonly string[] AbstractSuffixes = ["keit", "heit", "schaft", "ität", "ismus", "tion"];

    /// <summary>
    /// True for a word built as an abstract noun: "beide Politiker Einigkeit" has a role noun before a capitalised
    /// word, but the word is a noun, not a surname.
    /// </summary>
    public static bool IsAbstractNoun(string word)
    {
        if (word.Length <= 6) return false;
        foreach (var x in AbstractSuffixes)
            if (word.EndsWith(x, StringComparison.Ordinal) || word.EndsWith(x + "en", StringComparison.Ordinal)) return true;
        // "-ung" only on long words: short ones are surnames too ("Hartung").
        return word.Length >= 9 && (word.EndsWith("ung", StringComparison.Ordinal) || word.EndsWith("ungen", StringComparison.Ordinal));
    }

    /// <summary>True for a name particle ("von", "Le").</summary>
    public static bool IsParticle(Token t) => t.Kind == TokenKind.Word && Particles.Contains(t.Text);
}
