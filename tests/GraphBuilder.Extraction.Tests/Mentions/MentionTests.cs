using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Mentions;
using GraphBuilder.Extraction.Tests.Fixtures;

namespace GraphBuilder.Extraction.Tests.Mentions;

public class MentionTests
{
    private static List<(string Surface, MentionKind Kind, string Key)> M(string text) =>
        TestKb.Analyse(text).Mentions.Select(m => (m.Surface, m.Kind, m.EntityKey)).ToList();

    [Fact]
    public void Sentence_without_entities_has_no_mentions()
    {
        var doc = TestKb.Analyse("Das Wetter war am Morgen schön, und die Kinder spielten draußen.");
        Assert.Empty(doc.Mentions);
        Assert.Empty(doc.Entities);
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void Names_adjectives_and_genitives_are_found()
    {
        var m = M("Die russischen Truppen stehen an der Grenze zur Ukraine, meldete Frankreichs Regierung.");
        Assert.Contains(("russischen", MentionKind.Adjective, "russia"), m);
        Assert.Contains(("Ukraine", MentionKind.Name, "ukraine"), m);
        Assert.Contains(("Frankreichs", MentionKind.Name, "france"), m);
    }

    [Fact]
    public void Longest_match_wins()
    {
        var m = M("Die Europäische Union tagt.");
        Assert.Equal([("Europäische Union", MentionKind.Name, "eu")], m);
    }

    [Fact]
    public void Compound_parts_name_entities()
    {
        var doc = TestKb.Analyse("Der Nato-Generalsekretär sprach über den Ukraine-Konflikt.");
        var nato = doc.Mentions.Single(m => m.EntityKey == "nato");
        Assert.Equal(MentionKind.Prefix, nato.Kind);
        Assert.Equal("Nato", doc.Text[nato.Start..nato.End]);
        Assert.Contains(doc.Mentions, m => m.EntityKey == "ukraine" && m.Kind == MentionKind.Prefix);
    }

    [Fact]
    public void Demonyms_name_their_country() => Assert.Contains(("Franzosen", MentionKind.Demonym, "france"), M("Die Franzosen wählen."));

    [Fact]
    public void Names_after_role_nouns_are_people_feminine_forms_included()
    {
        var doc = TestKb.Analyse("Außenministerin Karin Keller reiste mit Staatschef Pierre Dubois nach Paris.");
        Assert.Equal(EntityCategory.Person, doc.Entities["karin-keller"].Category);
        Assert.Equal(EntityCategory.Person, doc.Entities["pierre-dubois"].Category);
        Assert.True(doc.Mentions.Single(m => m.EntityKey == "karin-keller").RoleToken >= 0);
    }

    [Fact]
    public void Full_names_from_given_names()
    {
        var doc = TestKb.Analyse("Gestern sprach Maria Schneider in Wien.");
        Assert.Equal("Maria Schneider", doc.Entities["maria-schneider"].Name);
        Assert.Contains(doc.Mentions, m => m.EntityKey == "vienna");
    }

    [Fact]
    public void Hyphenated_given_names_make_full_names()
    {
        var doc = TestKb.Analyse("Gestern sprach Frank-Walter Bergmann in Wien.");
        Assert.True(doc.Entities.ContainsKey("frank-walter-bergmann"));
    }

    [Fact]
    public void Surname_and_genitive_resolve_to_the_person_introduced_earlier()
    {
        var doc = TestKb.Analyse("Ministerin Karin Keller kam an. Keller sprach lange. Kellers Rede war kurz.");
        Assert.Equal(3, doc.Mentions.Count(m => m.EntityKey == "karin-keller"));
        Assert.True(doc.Mentions.Single(m => m.Surface == "Kellers").Genitive);
    }

    [Fact]
    public void Surname_only_person_folds_into_the_full_name()
    {
        var doc = TestKb.Analyse("Präsident Dubois kam an. Später traf Pierre Dubois die Presse.");
        Assert.False(doc.Entities.ContainsKey("dubois"));
        Assert.Equal(2, doc.Mentions.Count(m => m.EntityKey == "pierre-dubois"));
    }

    [Fact]
    public void Coordinated_names_are_both_found()
    {
        var doc = TestKb.Analyse("Er traf Wolodymyr Kovalenko und seinen Amtskollegen Dmytro Bondar.");
        Assert.True(doc.Entities.ContainsKey("wolodymyr-kovalenko"));
        Assert.True(doc.Entities.ContainsKey("dmytro-bondar"));
    }

    [Fact]
    public void Capitalised_words_after_a_role_noun_stop_at_verbs_and_known_entities()
    {
        var doc = TestKb.Analyse("Der Außenminister Russlands sprach.");
        Assert.DoesNotContain(doc.Entities.Values, e => e.Category == EntityCategory.Person);
    }
}
