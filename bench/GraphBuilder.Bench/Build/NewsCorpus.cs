using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphBuilder.Extraction.KnowledgeBase;

namespace GraphBuilder.Bench.Build;

/// <summary>
/// Synthesises German news-like articles from templates, filled with people, roles, countries, capitals,
/// organisations, places and event verbs drawn from the project's knowledge base (ontology/), plus people the
/// knowledge base does not know (gazetteer given names with common surnames). Deterministic for a given seed.
/// The sentence templates are written for this benchmark; no article text is copied from anywhere.
/// </summary>
public sealed class NewsCorpus
{
    private static readonly string[] Months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
    private static readonly string[] Weekdays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
    private static readonly string[] Surnames =
    [
        "Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Neumann",
        "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Brandt",
    ];
    private static readonly string[] Quotes =
    [
        "Wir setzen weiter auf Gespräche, aber unsere Geduld ist nicht unbegrenzt",
        "Die Lage ist ernst, und wir nehmen sie sehr ernst",
        "Niemand hat ein Interesse an einer weiteren Eskalation",
        "Wir werden unsere Partner nicht im Stich lassen",
        "Es gibt keine Alternative zu einer politischen Lösung",
        "Die nächsten Tage werden entscheidend sein",
        "Wir erwarten klare Zusagen und keine leeren Worte",
        "Das Vertrauen muss erst wieder aufgebaut werden",
        "Wir sind bereit, Verantwortung zu übernehmen",
        "Die Tür für Verhandlungen bleibt offen",
    ];
    private static readonly string[] Topics =
    [
        "die Energieversorgung", "den Handel mit Getreide", "die Sicherheitslage an der Grenze", "neue Abrüstungsgespräche",
        "die humanitäre Hilfe", "den Schutz kritischer Infrastruktur", "die Zukunft des Abkommens", "die Lage der Flüchtlinge",
        "gemeinsame Investitionen", "die Klimapolitik", "die Zusammenarbeit der Geheimdienste", "die Lieferung von Impfstoffen",
    ];
    private static readonly string[] Fillers =
    [
        "Die Gespräche sollen in der kommenden Woche fortgesetzt werden.",
        "Beobachter rechnen nicht mit einer schnellen Einigung.",
        "Einzelheiten wurden zunächst nicht bekannt.",
        "Ein Sprecher wollte sich auf Nachfrage nicht äußern.",
        "Die Opposition verlangte eine Sondersitzung des Parlaments.",
        "An den Börsen reagierten die Anleger zurückhaltend.",
        "Nach Angaben von Diplomaten verliefen die Beratungen in angespannter Atmosphäre.",
        "Zuvor hatte es tagelang widersprüchliche Berichte gegeben.",
    ];
    private static readonly string[] Adverbials = ["am {0}", "erneut", "in einer Erklärung", "am {0} in aller Deutlichkeit", "überraschend", "am {0}abend"];

    private readonly List<KbEntity> _people, _countries, _orgs, _places;
    private readonly List<string> _givenNames;
    private readonly Dictionary<string, List<string>> _roleForms;
    private readonly List<string> _anyRole;
    private readonly List<(string Form, string? Particle)> _verbs, _speech;
    private readonly KnowledgeBase _kb;
    private ulong _state;

    /// <summary>Creates the generator over <paramref name="kb"/>.</summary>
    public NewsCorpus(KnowledgeBase kb, ulong seed = 0x6E_E5_2026UL)
    {
        _kb = kb;
        _state = seed;
        var entities = kb.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        _people = entities.Where(e => e.Category == EntityCategory.Person).ToList();
        _countries = entities.Where(e => e.Category == EntityCategory.Country).ToList();
        _orgs = entities.Where(e => e.Category == EntityCategory.Organization).ToList();
        _places = entities.Where(e => e.Category == EntityCategory.Place).ToList();
        _givenNames = kb.GivenNames.Where(n => n.Length > 2).Order(StringComparer.Ordinal).ToList();
        // Role nouns by role IRI, nominative singular forms only (masculine and feminine): "Außenminister", "Außenministerin".
        _roleForms = kb.Roles.Nouns.Where(n => !n.IsColleague && n.Forms.Count > 0)
            .GroupBy(n => n.Role)
            .ToDictionary(g => g.Key, g => g.SelectMany(n => Nominative(n.Forms)).Distinct().ToList());
        _anyRole = _roleForms.Values.SelectMany(v => v).Distinct().Order(StringComparer.Ordinal).ToList();
        _verbs = Finite(kb.Triggers.Triggers.Where(t => t.Kind == TriggerKind.Verb));
        // Speech verbs stand before the subject ("…“, sagte X): no room for a separable particle there.
        _speech = Finite(kb.Triggers.Triggers.Where(t => t.Kind == TriggerKind.Speech && t.Particle is null));
        if (_people.Count == 0 || _countries.Count == 0 || _verbs.Count == 0 || _speech.Count == 0 || _anyRole.Count == 0)
            throw new InvalidOperationException("the knowledge base lacks people, countries, roles or event verbs");
    }

    /// <summary>Writes <paramref name="count"/> articles as a JSON Lines corpus (id, title, date, text) and returns the text size in characters.</summary>
    public long WriteJsonLines(string path, int count)
    {
        long chars = 0;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        for (int i = 0; i < count; i++)
        {
            var (title, date, text) = Article();
            chars += text.Length;
            using var ms = new MemoryStream();
            using (var j = new Utf8JsonWriter(ms))
            {
                j.WriteStartObject();
                j.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"bench-{i:D5}"));
                j.WriteString("title", title);
                j.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                j.WriteString("text", text);
                j.WriteEndObject();
            }
            w.Write(Encoding.UTF8.GetString(ms.ToArray()));
            w.Write('\n');
        }
        return chars;
    }

    /// <summary>One article: title, date and text (headline, date line, 4 to 8 paragraphs).</summary>
    public (string Title, DateOnly Date, string Text) Article()
    {
        var date = new DateOnly(2019, 1, 1).AddDays(Pick(6 * 365));
        // A cast of a few actors per article, so that names recur as in real reports (surnames alone on later mentions).
        var cast = Enumerable.Range(0, 2 + Pick(3)).Select(_ => Person()).ToList();
        var countries = Enumerable.Range(0, 2 + Pick(2)).Select(_ => PickOf(_countries)).ToList();
        var sb = new StringBuilder(3000);
        var lead = cast[0];
        var (verb, particle) = PickOf(_verbs);
        string title = $"{lead.Short} {verb} {countries[1].Name}{(particle is null ? "" : " " + particle)}";
        sb.Append(title).Append("\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{date.Day}. {Months[date.Month - 1]} {date.Year}, {7 + Pick(14)}:{Pick(60):D2} Uhr\n\n");
        int paragraphs = 4 + Pick(5);
        for (int p = 0; p < paragraphs; p++)
        {
            int sentences = 2 + Pick(3);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0) sb.Append(' ');
                Sentence(sb, cast, countries, first: p == 0 && s == 0);
            }
            sb.Append("\n\n");
        }
        return (title, date, sb.ToString().TrimEnd());
    }

    private sealed record Actor(string Full, string Short, string Role, string? Party);

    private Actor Person()
    {
        if (Pick(4) > 0)
        {
            var e = PickOf(_people);
            var role = e.HeldRoles.Select(r => _roleForms.GetValueOrDefault(r.Role)).FirstOrDefault(f => f is { Count: > 0 });
            string? party = e.MemberOf.Select(_kb.Get).FirstOrDefault(o => o is { Category: EntityCategory.Organization } && o.Name.Length <= 6)?.Name;
            return new Actor(e.Name, e.FamilyName ?? e.Name, role is null ? PickOf(_anyRole) : PickOf(role), party);
        }
        var surname = PickOf(Surnames);
        return new Actor($"{PickOf(_givenNames)} {surname}", surname, PickOf(_anyRole), null);
    }

    private void Sentence(StringBuilder sb, List<Actor> cast, List<KbEntity> countries, bool first)
    {
        var a = first ? cast[0] : PickOf(cast);
        var b = cast[(cast.IndexOf(a) + 1 + Pick(cast.Count - 1)) % cast.Count]; // someone else
        var c = PickOf(countries);
        var c2 = PickOf(countries);
        string when = Weekdays[Pick(7)];
        string name = first || Pick(3) == 0 ? $"{a.Role} {a.Full}{(a.Party is null ? "" : $" ({a.Party})")}" : a.Short;
        switch (first ? 0 : Pick(9))
        {
            case 0:
            case 1:
            {
                var (v, part) = PickOf(_verbs);
                string adv = string.Format(CultureInfo.InvariantCulture, PickOf(Adverbials), when);
                sb.Append(CultureInfo.InvariantCulture, $"{name} {v} {adv} {c2.Name}{(part is null ? "" : " " + part)}.");
                break;
            }
            case 2:
            {
                var (v, _) = PickOf(_speech);
                sb.Append(CultureInfo.InvariantCulture, $"„{PickOf(Quotes)}“, {v} {name} am {when} in {PlaceName(c)}.");
                break;
            }
            case 3:
                sb.Append(CultureInfo.InvariantCulture, $"{name} traf sich in {PlaceName(c)} mit {b.Role} {b.Full}, um über {PickOf(Topics)} zu sprechen.");
                break;
            case 4:
            {
                var (v, part) = PickOf(_verbs);
                var org = _orgs.Count > 0 ? PickOf(_orgs).Name : c.Name;
                if (!org.StartsWith("Der ", StringComparison.Ordinal) && !org.StartsWith("Die ", StringComparison.Ordinal) && !org.StartsWith("Das ", StringComparison.Ordinal))
                    org = "die " + org;
                sb.Append(CultureInfo.InvariantCulture, $"Auch {org} {v} {c.Name}{(part is null ? "" : " " + part)}, wie eine Sprecherin in {PlaceName(c)} mitteilte.");
                break;
            }
            case 5:
                sb.Append(CultureInfo.InvariantCulture, $"Die Regierung in {PlaceName(c)} wies die Vorwürfe von {a.Short} am {when} als haltlos zurück.");
                break;
            case 6:
                sb.Append(CultureInfo.InvariantCulture, $"Nach Angaben aus {c.Name} sollen bis zu {1 + Pick(90)}.000 Soldaten an der Grenze zu {c2.Name} stationiert sein.");
                break;
            case 7:
            {
                var (v, _) = PickOf(_speech);
                sb.Append(CultureInfo.InvariantCulture, $"{name} {v}, man wolle mit {c2.Name} über {PickOf(Topics)} verhandeln.");
                break;
            }
            default:
                sb.Append(PickOf(Fillers));
                break;
        }
    }

    /// <summary>A capital when the knowledge base knows it, else a place, else the country.</summary>
    private string PlaceName(KbEntity country) =>
        _kb.Get(country.CapitalId) is { } cap && Pick(3) > 0 ? cap.Name
        : _places.Count > 0 && Pick(2) == 0 ? PickOf(_places).Name
        : country.Name;

    /// <summary>The nominative singular forms among a role noun's forms (drops genitive -s and plural -n/-nen forms).</summary>
    private static IEnumerable<string> Nominative(List<string> forms) =>
        forms.Where(f => !f.EndsWith("innen", StringComparison.Ordinal)
                         && !(f.EndsWith('s') && forms.Contains(f[..^1]))
                         && !(f.EndsWith('n') && forms.Contains(f[..^1]) && !f.EndsWith("in", StringComparison.Ordinal)))
             .Where(f => !f.Contains("ss", StringComparison.Ordinal) || !forms.Contains(f.Replace("ss", "ß", StringComparison.Ordinal)));

    /// <summary>
    /// For each trigger a finite third-person singular form, with the particle of a separable verb: the weak past
    /// ("kritisierte"), else the strong past ("lud" … "ein", "wies" … "zurück": the form whose plural "-en" is also
    /// listed), else the present ("kritisiert"). Participles, infinitives and "zu" forms are never used.
    /// </summary>
    private static List<(string, string?)> Finite(IEnumerable<EventTrigger> triggers) =>
        triggers.Where(t => t.RequiredWord is null && t.Forms.Count > 0 && !t.Forms[0].Contains(' '))
            .Select(t =>
            {
                string lemma = t.Particle is { } p && t.Lemma.StartsWith(p, StringComparison.Ordinal) ? t.Lemma[p.Length..] : t.Lemma;
                string stem = lemma.EndsWith("en", StringComparison.Ordinal) ? lemma[..^2] : lemma.EndsWith('n') ? lemma[..^1] : lemma;
                bool finite(string f) => !f.StartsWith("ge", StringComparison.Ordinal) && !f.Contains("zu", StringComparison.Ordinal)
                                         && (t.Particle is null || !f.StartsWith(t.Particle, StringComparison.Ordinal)) && f != lemma;
                string? form = t.Forms.FirstOrDefault(f => f == stem + "te" && finite(f))
                    ?? t.Forms.FirstOrDefault(f => finite(f) && !f.EndsWith("en", StringComparison.Ordinal) && t.Forms.Contains(f + "en"))
                    ?? t.Forms.FirstOrDefault(f => finite(f) && f.EndsWith('t') && f != stem + "et");
                return (Form: form ?? "", t.Particle);
            })
            .Where(v => v.Form.Length > 2)
            .Distinct()
            .OrderBy(v => v.Form, StringComparer.Ordinal)
            .ToList();

    private T PickOf<T>(IReadOnlyList<T> list) => list[Pick(list.Count)];

    private int Pick(int n)
    {
        _state += 0x9E3779B97F4A7C15UL;
        ulong z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) % (ulong)n);
    }
}
