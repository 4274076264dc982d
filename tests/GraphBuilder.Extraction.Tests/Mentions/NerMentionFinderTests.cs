using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Mentions;
using GraphBuilder.Extraction.Ner;
using GraphBuilder.Extraction.Pipeline;
using GraphBuilder.Extraction.Tests.Fixtures;

namespace GraphBuilder.Extraction.Tests.Mentions;

/// <summary>The statistical tagger as a pipeline stage: names no list knows, over the small fixture KB.</summary>
public class NerMentionFinderTests
{
    private static readonly ExtractionPipeline WithNer = new(TestKb.Kb, tagger: NerTagger.Default);

    private static Document Analyse(string text) =>
        WithNer.Process(new SourceDocument("t", text, "t") { Date = new DateOnly(2022, 1, 19) });

    [Fact]
    public void Stage_runs_after_the_rule_based_finders()
    {
        var names = WithNer.Stages.Select(s => s.Name).ToList();
        Assert.True(names.IndexOf("ner") > names.IndexOf("persons"));
        Assert.True(names.IndexOf("ner") < names.IndexOf("surnames"));
        Assert.DoesNotContain("ner", TestKb.Pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Unlisted_person_without_known_given_name_is_found_and_surname_resolves()
    {
        var doc = Analyse("Die Oppositionsführerin Xenia Morawetzky kritisierte die Regierung scharf. Morawetzky forderte Neuwahlen.");
        var person = Assert.Single(doc.Entities.Values, e => e.Category == EntityCategory.Person);
        Assert.Equal("Xenia Morawetzky", person.Name);
        Assert.Equal(2, doc.Mentions.Count(m => m.EntityKey == person.Key));
    }

    [Fact]
    public void Unlisted_organisation_is_found()
    {
        var doc = Analyse("Der Konzern Siemens Energy meldete Verluste in Russland. Die WHO warnte vor einer Pandemie.");
        Assert.Contains(doc.Entities.Values, e => e.Category == EntityCategory.Organization && e.Name == "Siemens Energy");
        Assert.Contains(doc.Entities.Values, e => e.Category == EntityCategory.Organization && e.Name == "WHO");
        Assert.Contains("russia", doc.Entities.Keys);
    }

    [Fact]
    public void Name_with_a_particle_is_a_person_whatever_the_label()
    {
        var doc = Analyse("Der Präsident gewann die Stichwahl gegen Marine Le Pen deutlich.");
        Assert.Contains(doc.Entities.Values, e => e.Category == EntityCategory.Person && e.Name == "Marine Le Pen");
    }

    [Fact]
    public void Listed_names_are_not_duplicated_and_plain_sentences_add_nothing()
    {
        var doc = Analyse("Olaf Scholz reiste nach Paris.");
        Assert.Equal(["olaf-scholz", "paris"], doc.Entities.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(Analyse("Das Wetter war am Morgen schön, und die Kinder spielten draußen.").Entities);
    }

    [Fact]
    public void Capitalised_sentence_opening_words_are_no_names()
    {
        var doc = Analyse("„Deine Wählerinnen haben heute gesprochen“, schrieb er.");
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void A_name_with_the_family_name_first_is_found_by_its_first_word()
    {
        var doc = Analyse("Staatschef Kim Jong Un reiste nach Wien. Dort traf Kim den Kanzler. Kims Delegation blieb zwei Tage.");
        var kim = Assert.Single(doc.Entities.Values, e => e.Category == EntityCategory.Person);
        Assert.Equal("Kim Jong Un", kim.Name);
        Assert.Equal(3, doc.Mentions.Count(m => m.EntityKey == kim.Key));
    }

    [Fact]
    public void A_genitive_names_the_same_entity_as_the_plain_form()
    {
        var doc = Analyse("Die Atomanlage in Yongbyon steht still. Die Zerstörung Yongbyons war Thema in Wien.");
        var places = doc.Entities.Values.Where(e => e.Name.StartsWith("Yongbyon", StringComparison.Ordinal)).ToList();
        Assert.Equal("Yongbyon", Assert.Single(places).Name);
        Assert.Equal(2, doc.Mentions.Count(m => m.EntityKey == places[0].Key));
    }

    [Theory]
    [InlineData("Europäische Union", "europaeische-union")]
    [InlineData("Swetlana Tichanowskaja", "swetlana-tichanowskaja")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Müller-Lüdenscheidt", "mueller-luedenscheidt")]
    [InlineData("Straße", "strasse")]
    [InlineData("«»", "x")]
    public void Slugs_fold_accents_without_globalization(string name, string slug) => Assert.Equal(slug, Slug.Make(name));

    [Fact]
    public void Short_acronyms_match_only_in_capitals()
    {
        var m = TestKb.Analyse("Kim Jong Un traf die EU-Vertreter.").Mentions;
        Assert.DoesNotContain(m, x => x.Surface == "Un");
        Assert.Contains(m, x => x.EntityKey == "eu");
    }

    [Theory]
    [InlineData("Bei dem Treffen sicherten sich beide Politiker Einigkeit gegenüber Russland zu.", "Einigkeit")]
    [InlineData("Die Minister betonten ihre Partnerschaft mit Frankreich.", "Partnerschaft")]
    [InlineData("Nach der Sitzung gab es Zustimmung aus Frankreich.", "Zustimmung")]
    public void A_lone_abstract_noun_is_no_name_whatever_the_tagger_says(string text, string noun) =>
        Assert.DoesNotContain(Analyse(text).Mentions, m => m.Surface == noun);

    [Fact]
    public void A_noun_after_a_role_noun_is_no_surname_when_the_tagger_reads_no_person_there()
    {
        var doc = Analyse("Die Oppositionelle warf dem Präsidenten Wahlbetrug vor.");
        Assert.DoesNotContain(doc.Mentions, m => m.Surface == "Wahlbetrug");
        var named = Analyse("Präsident Morawetzky kritisierte die Regierung scharf.");
        Assert.Contains(named.Entities.Values, e => e.Category == EntityCategory.Person && e.Name == "Morawetzky");
    }

    [Theory]
    [InlineData("Auch der Zulieferer Bosch kündigte einen Abbau von Arbeitsplätzen an.", "Bosch", EntityCategory.Organization)]
    [InlineData("Der Autobauer Volkswagen will Tausende Stellen streichen.", "Volkswagen", EntityCategory.Organization)]
    [InlineData("In der Hafenstadt Odessa gab es Explosionen.", "Odessa", EntityCategory.Place)]
    public void A_descriptor_noun_before_a_name_is_not_part_of_it_and_gives_its_kind(string text, string name, EntityCategory category)
    {
        var e = Assert.Single(Analyse(text).Entities.Values, x => x.Name.Contains(name));
        Assert.Equal((name, category), (e.Name, e.Category));
    }
}
