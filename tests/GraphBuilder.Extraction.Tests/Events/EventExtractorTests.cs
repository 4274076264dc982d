using GraphBuilder.Extraction.Tests.Fixtures;

namespace GraphBuilder.Extraction.Tests.Events;

public class EventExtractorTests
{
    private static List<(string Actor, string Cameo, string? Target)> E(string text) => TestKb.Events(text);

    [Fact]
    public void Threat_with_dative_object()
    {
        Assert.Contains(("russia", "13", "ukraine"), E("Russland drohte der Ukraine mit harten Konsequenzen."));
    }

    [Fact]
    public void Subject_after_the_finite_verb_and_object_before_the_participle()
    {
        var e = E("Am Montag hat Bundeskanzler Olaf Scholz (SPD) Russland zum Rückzug seiner Truppen aufgefordert.");
        Assert.Contains(("olaf-scholz", "10", "russia"), e);
        Assert.DoesNotContain(e, x => x.Target == "spd" || x.Actor == "spd");
    }

    [Fact]
    public void The_government_in_a_capital_is_its_country()
    {
        Assert.Contains(("ukraine", "11", "russia"), E("Die Regierung in Kiew kritisierte Russland."));
        Assert.DoesNotContain(E("Olaf Scholz traf sich in Kiew mit Russland."), x => x.Actor == "ukraine" || x.Target == "ukraine");
    }

    [Theory]
    [InlineData("Der Bundeskanzler, Olaf Scholz, kritisierte Russland.")]
    [InlineData("Olaf Scholz, der Vorsitzende der SPD, kritisierte Russland.")]
    [InlineData("Olaf Scholz, ein enger Vertrauter Frankreichs, kritisierte Russland.")]
    public void The_subject_stands_before_an_apposition_between_commas(string text)
    {
        var e = E(text);
        Assert.Contains(("olaf-scholz", "11", "russia"), e);
        Assert.DoesNotContain(e, x => x.Actor == "russia");
    }

    [Fact]
    public void A_clause_after_a_full_clause_keeps_its_own_subject()
    {
        var e = E("Als die Ukraine protestierte, kritisierte Olaf Scholz Russland.");
        Assert.Contains(("olaf-scholz", "11", "russia"), e);
    }

    [Fact]
    public void A_government_named_by_its_state_acts_for_it()
    {
        Assert.Contains(("ukraine", "11", "russia"), E("Die ukrainische Regierung kritisierte Russland."));
        Assert.Contains(("usa", "11", "russia"), E("Die US-Regierung kritisierte Russland."));
    }

    [Fact]
    public void A_demonstrative_object_answers_the_act_just_told()
    {
        var e = E("Russland kritisierte die Ukraine scharf. Die ukrainische Regierung wies das zurück.");
        Assert.Contains(("ukraine", "12", "russia"), e);
        // Two sentences on, "dies" no longer reaches back.
        var far = E("Russland kritisierte die Ukraine scharf. Frankreich schwieg. Die Ukraine lehnte dies ab.");
        Assert.Contains(("ukraine", "12", null), far);
    }

    [Fact]
    public void The_alliance_named_before_is_the_actor()
    {
        var e = E("Die Ukraine appellierte an die Nato. Die Allianz lehnte dies ab.");
        Assert.Contains(("nato", "12", "ukraine"), e);
    }

    [Fact]
    public void Names_listed_with_commas_stay_in_one_clause()
    {
        var e = E("Olaf Scholz kritisierte Frankreich, Russland und die Ukraine.");
        Assert.Contains(("olaf-scholz", "11", "russia"), e);
        Assert.DoesNotContain(e, x => x.Actor == "russia");
    }

    [Fact]
    public void She_is_the_woman_named_last_and_a_capitalised_preposition_still_governs()
    {
        var e = E("Außenministerin Maria Keller reiste nach Kiew. In Kiew traf sie Olaf Scholz.");
        Assert.Contains(("maria-keller", "04", "olaf-scholz"), e);
        Assert.DoesNotContain(e, x => x.Actor == "ukraine");
        // Plural "sie" ("sie trafen") is no woman.
        Assert.DoesNotContain(E("Außenministerin Maria Keller reiste ab. Dann trafen sie Olaf Scholz."), x => x.Actor == "maria-keller");
        // "er" skips the woman named last.
        Assert.Contains(("olaf-scholz", "11", "russia"), E("Olaf Scholz traf Außenministerin Maria Keller. Danach kritisierte er Russland."));
    }

    [Fact]
    public void Cooperation_without_an_object_is_among_the_subjects()
    {
        Assert.Contains(("france", "05", "germany"), E("Frankreich und Deutschland vereinbarten eine engere Zusammenarbeit."));
        Assert.Contains(("france", "04", "germany"), E("Frankreich und Deutschland trafen sich in Paris."));
    }

    [Fact]
    public void A_demonstrative_before_the_participle_answers_too()
    {
        var e = E("Russland forderte von der Ukraine Zugeständnisse. Die ukrainische Regierung hatte das bislang abgelehnt.");
        Assert.Contains(("ukraine", "12", "russia"), e);
    }

    [Fact]
    public void A_verb_right_after_und_takes_its_own_object()
    {
        var e = E("Frankreich warnte Moskau vor einer Eskalation und sagte der Ukraine weitere Hilfe zu.");
        Assert.Contains(("france", "03", "ukraine"), e);
        Assert.DoesNotContain(("france", "03", "russia"), e);
    }

    [Fact]
    public void Announcing_retaliation_is_a_threat()
    {
        Assert.Contains(E("Russland kündigte eine harte Antwort an."), x => x.Actor == "russia" && x.Cameo == "13");
        Assert.Contains(E("Russland kündigte neue Gespräche an."), x => x.Actor == "russia" && x.Cameo == "03");
    }

    [Fact]
    public void A_meeting_noun_names_both_sides_with_zwischen()
    {
        Assert.Contains(("france", "04", "germany"), E("Das Gespräch zwischen Frankreich und Deutschland dauerte lange."));
    }

    [Fact]
    public void Thanking_someone_with_bei()
    {
        Assert.Contains(("ukraine", "05", "france"), E("Die Ukraine bedankte sich bei Frankreich für die Hilfe."));
    }

    [Fact]
    public void Rejecting_the_accusations_answers_whoever_made_them()
    {
        var e = E("Russland kritisierte die Ukraine scharf. Die Regierung in Kiew wies die Vorwürfe zurück.");
        Assert.Contains(("ukraine", "12", "russia"), e);
    }

    [Fact]
    public void An_answer_only_refers_back_to_an_act_of_its_kind()
    {
        // "die Forderung" answers no criticism, and "die Entscheidung" is nobody's in particular.
        Assert.Contains(("ukraine", "12", null), E("Russland kritisierte die Ukraine scharf. Die Ukraine lehnte die Forderung ab."));
        Assert.Contains(("ukraine", "11", null), E("Frankreich kritisierte Russland. Die Ukraine verurteilte die Entscheidung."));
        Assert.Contains(("ukraine", "12", "russia"), E("Russland forderte von der Ukraine Zugeständnisse. Die Ukraine lehnte die Forderung ab."));
    }

    [Fact]
    public void A_spokesperson_answered_stands_for_the_state_of_the_ministry()
    {
        var e = E("Ein Sprecher des russischen Außenministeriums, Igor Petrow, kritisierte die Ukraine. Die Regierung in Kiew wies die Vorwürfe zurück.");
        Assert.Contains(("ukraine", "12", "russia"), e);
    }

    [Fact]
    public void Separable_verb_needs_its_particle()
    {
        Assert.Contains(("olaf-scholz", "10", "russia"), E("Olaf Scholz forderte Russland zum Rückzug auf."));
        Assert.Contains(("olaf-scholz", "03", "ukraine"), E("Scholz sagte der Ukraine weitere Hilfe zu."));
        Assert.DoesNotContain(("olaf-scholz", "03", "ukraine"), E("Scholz sagte, die Ukraine brauche Hilfe."));
    }

    [Fact]
    public void Coordinated_subjects_each_act()
    {
        var e = E("Die USA und die Nato kritisierten Russland scharf.");
        Assert.Contains(("usa", "11", "russia"), e);
        Assert.Contains(("nato", "11", "russia"), e);
    }

    [Fact]
    public void Capital_stands_for_its_government_but_not_as_a_location()
    {
        Assert.Contains(("russia", "12", null), E("Moskau wies die Vorwürfe zurück."));
        var e = TestKb.Analyse("Ministerin Karin Keller traf in Kiew den ukrainischen Präsidenten Wolodymyr Kovalenko.").Events;
        var meet = Assert.Single(e, x => x.Cameo == "04");
        Assert.Equal("wolodymyr-kovalenko", meet.TargetKey);
        Assert.Equal("kyiv", meet.PlaceKey);
    }

    [Fact]
    public void Pronoun_subject_is_the_person_last_mentioned()
    {
        Assert.Contains(("olaf-scholz", "13", "russia"), E("Olaf Scholz sprach in Berlin. Er drohte Moskau mit Sanktionen."));
    }

    [Fact]
    public void Negated_and_conditional_clauses_are_no_events()
    {
        Assert.Empty(E("Frankreich kritisierte Russland nicht."));
        Assert.DoesNotContain(E("Falls Russland die Ukraine angreift, wird die EU reagieren."), x => x.Cameo == "19");
    }

    [Fact]
    public void Meeting_noun_with_coordinated_partners()
    {
        var e = E("Ministerin Karin Keller sagte nach einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Kovalenko und seinem Amtskollegen Dmytro Bondar, die Lage sei ernst.");
        Assert.Contains(("karin-keller", "04", "wolodymyr-kovalenko"), e);
        Assert.Contains(("karin-keller", "04", "dmytro-bondar"), e);
    }

    [Fact]
    public void Meeting_of_coordinated_subjects_with_each_other()
    {
        Assert.Contains(("olaf-scholz", "04", "pierre-dubois"), E("Olaf Scholz und Präsident Pierre Dubois sprachen bei ihrem Treffen über Energie."));
    }

    [Fact]
    public void Passive_agent_is_the_actor()
    {
        Assert.Contains(("eu", "11", "russia"), E("Russland wird von der EU kritisiert."));
    }

    [Fact]
    public void Warning_becomes_a_threat_when_consequences_are_named()
    {
        Assert.Contains(("olaf-scholz", "01", null), E("Olaf Scholz warnte vor einer Eskalation."));
        Assert.Contains(("olaf-scholz", "13", "russia"), E("Olaf Scholz warnte Russland vor ernsten Konsequenzen."));
    }

    [Fact]
    public void Quotation_with_speaker_is_a_statement_carrying_the_words()
    {
        var doc = TestKb.Analyse("„Wir werden die Ukraine weiter unterstützen“, sagte Scholz am Dienstag in Berlin.");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("olaf-scholz", "01"), (e.ActorKey, e.Cameo));
        Assert.Equal("Wir werden die Ukraine weiter unterstützen", e.Quote);
        Assert.Equal(new DateOnly(2022, 1, 18), e.Date);
        Assert.Equal("berlin", e.PlaceKey);
    }

    [Fact]
    public void Speaker_after_so()
    {
        var doc = TestKb.Analyse("„Die Lage ist sehr ernst geworden“, so Scholz.");
        Assert.Contains(doc.Events, e => e.ActorKey == "olaf-scholz" && e.Cameo == "01" && e.Quote != null);
    }

    [Fact]
    public void Words_inside_a_quotation_are_not_events()
    {
        var e = E("„Die Nato wird Russland niemals bedrohen und auch nicht angreifen“, sagte Scholz.");
        Assert.DoesNotContain(e, x => x.Actor == "nato");
    }

    [Fact]
    public void Demand_without_an_addressee_is_no_event()
    {
        Assert.Empty(E("Russland forderte eine schriftliche Antwort."));
    }

    [Fact]
    public void Genitive_object_of_blame()
    {
        Assert.Contains(("olaf-scholz", "11", "russia"), E("Olaf Scholz machte die Politik Russlands dafür verantwortlich."));
    }

    [Theory]
    [InlineData("Die Demonstranten kritisierten Russland scharf.")]
    [InlineData("Die westlichen Verbündeten kritisierten Russland scharf.")]
    [InlineData("Zahlreiche Beobachter kritisierten Russland scharf.")]
    [InlineData("Die Alliierten der Ukraine kritisierten Russland scharf.")]
    public void An_unnamed_subject_before_the_verb_leaves_the_name_after_it_the_object(string text) =>
        Assert.DoesNotContain(E(text), e => e.Actor == "russia");

    [Theory]
    [InlineData("Am Montag kritisierte Russland die Nato scharf.", "russia", "nato")]
    [InlineData("Die Regierung der Ukraine kritisierte Russland scharf.", "ukraine", "russia")]
    [InlineData("Die Nato tagte. Die Alliierten kritisierten Russland scharf.", "nato", "russia")]
    public void A_named_or_governing_subject_still_acts(string text, string actor, string target) =>
        Assert.Contains((actor, "11", target), E(text));

    [Theory]
    [InlineData("Olaf Scholz will zwischen Moskau und Kiew vermitteln.")]
    [InlineData("Bundeskanzler Olaf Scholz bot an, zwischen Moskau und Kiew zu vermitteln.")]
    public void A_mediator_mediates_between_both_sides(string text)
    {
        var e = E(text);
        Assert.Contains(("olaf-scholz", "04", "russia"), e);
        Assert.Contains(("olaf-scholz", "04", "ukraine"), e);
        Assert.DoesNotContain(e, x => x.Actor is "russia" or "ukraine");
    }

    [Fact]
    public void A_conjunct_shares_the_preposition_before_it() =>
        Assert.Equal([("eu", "16", "france"), ("eu", "16", "russia")],
                     E("Die EU verhängte Sanktionen gegen Russland und Frankreich.").OrderBy(x => x.Target).ToList());

    [Fact]
    public void An_infinitive_after_an_object_is_the_objects_act_not_the_subjects() =>
        Assert.DoesNotContain(E("Olaf Scholz forderte Frankreich auf, mit Russland zu verhandeln."), x => x.Actor == "olaf-scholz" && x.Target == "russia");

    [Fact]
    public void Er_prefers_the_recent_subject_to_the_last_man_named()
    {
        var e = E("Olaf Scholz reist am Montag nach Paris, um mit Antony Miller zu sprechen. Anschließend will er Russland kritisieren.");
        Assert.Contains(("olaf-scholz", "11", "russia"), e);
        Assert.DoesNotContain(e, x => x.Actor == "antony-miller" && x.Cameo == "11");
    }

    [Theory]
    [InlineData("Russland und die Ukraine warfen sich gegenseitig Provokationen vor.")]
    [InlineData("Russland und die Ukraine kritisierten einander scharf.")]
    public void Reciprocal_subjects_are_each_others_targets(string text)
    {
        var e = E(text);
        Assert.Contains(("russia", "11", "ukraine"), e);
        Assert.Contains(("ukraine", "11", "russia"), e);
        Assert.DoesNotContain(e, x => x.Target is null);
    }

    [Theory]
    [InlineData("Olaf Scholz traf sich in Berlin mit Antony Miller. Beide kritisierten Russland scharf.")]
    [InlineData("Olaf Scholz traf sich in Berlin mit Antony Miller. Die beiden kritisierten Russland scharf.")]
    [InlineData("Olaf Scholz und Antony Miller trafen sich in Berlin. Am Abend kritisierten beide Politiker Russland scharf.")]
    public void Beide_are_the_two_just_named_together(string text)
    {
        var e = E(text);
        Assert.Contains(("olaf-scholz", "11", "russia"), e);
        Assert.Contains(("antony-miller", "11", "russia"), e);
    }

    [Fact]
    public void Beide_with_nobody_named_together_is_nobody() =>
        Assert.DoesNotContain(E("Olaf Scholz kam nach Berlin. Beide kritisierten Russland scharf."), x => x.Cameo == "11" && x.Actor != "russia");

    [Fact]
    public void Two_subjects_doing_something_to_sich_do_it_to_each_other()
    {
        var e = E("Olaf Scholz traf sich mit Antony Miller. Dabei sicherten sich beide Unterstützung zu.");
        Assert.Contains(("olaf-scholz", "03", "antony-miller"), e);
        Assert.Contains(("antony-miller", "03", "olaf-scholz"), e);
    }

    [Theory]
    [InlineData("Die EU drohte mit Sanktionen gegen Russland.", "13")]
    [InlineData("Die EU kündigte weitere Sanktionen gegen Russland an.", "13")]
    public void A_hostile_act_is_aimed_at_whom_its_content_is_against(string text, string cameo) =>
        Assert.Contains(("eu", cameo, "russia"), E(text));

    [Fact]
    public void Support_against_someone_is_not_aimed_at_them() =>
        Assert.DoesNotContain(E("Die USA sagten Unterstützung gegen Russland zu."), x => x.Target == "russia");

    [Fact]
    public void An_adjective_in_the_subjects_phrase_is_no_object()
    {
        var e = E("Der französische Politiker Pierre Lagarde empfing am Montag Olaf Scholz in Paris.");
        Assert.DoesNotContain(e, x => x.Target == "france");
        Assert.Contains(e, x => x.Cameo == "04" && x.Target == "olaf-scholz");
    }

    [Theory]
    [InlineData("Olaf Scholz sprach sich für weitere Sanktionen gegen Russland aus.")]
    [InlineData("Frankreich stimmte gegen Sanktionen gegen Russland.")]
    public void An_act_argued_for_or_against_is_not_done(string text) =>
        Assert.DoesNotContain(E(text), x => x.Cameo == "16");

    [Fact]
    public void An_act_with_its_own_doer_is_done_even_when_protested_against() =>
        Assert.Contains(("russia", "19", "ukraine"), E("Frankreich protestierte gegen den russischen Angriff auf die Ukraine."));

    [Fact]
    public void Sanctions_imposed_are_done() =>
        Assert.Contains(("eu", "16", "russia"), E("Die EU verhängte neue Sanktionen gegen Russland."));

    [Theory]
    [InlineData("Olaf Scholz traf Antony Miller in Berlin und warf ihm vor, Russland zu unterstützen.")]
    [InlineData("Olaf Scholz traf Antony Miller in Berlin. Er warf ihm vor, Russland zu unterstützen.")]
    public void Ihn_and_ihm_are_the_man_last_named_besides_the_subject(string text) =>
        Assert.Contains(("olaf-scholz", "11", "antony-miller"), E(text));

    [Fact]
    public void Ihn_stands_for_the_country_of_an_unnamed_colleague() =>
        Assert.Contains(("maria-keller", "10", "russia"),
                        E("Maria Keller telefonierte mit ihrem russischen Amtskollegen und forderte ihn auf, die Truppen abzuziehen."));

    [Theory]
    [InlineData("KIEW (dpa) - Russische Truppen haben die Hauptstadt Kiew mit Raketen beschossen.")]
    [InlineData("MOSKAU (dpa-AFX) - Russische Truppen haben die Hauptstadt Kiew mit Raketen beschossen.")]
    public void A_datelines_place_takes_no_part_and_the_word_after_it_is_capitalised_as_a_sentence_start(string text)
    {
        var e = E(text);
        Assert.Contains(("russia", "19", "ukraine"), e);
        Assert.DoesNotContain(e, x => x.Actor == "ukraine");
    }

    [Theory]
    [InlineData("Frankreich schickte Hilfsgüter in die Ukraine.")]
    [InlineData("Frankreich liefert weitere Panzer in die Ukraine.")]
    public void Aid_sent_into_a_country_is_for_that_country(string text) =>
        Assert.Contains(("france", "07", "ukraine"), E(text));

    [Theory]
    [InlineData("Die Ukraine bittet um Hilfe. Olaf Scholz reiste am Montag nach Kiew.", "ukraine")]
    [InlineData("Olaf Scholz kündigte an, in der kommenden Woche nach Frankreich zu reisen.", "france")]
    public void A_trip_to_a_country_or_its_capital_visits_that_country(string text, string host) =>
        Assert.Contains(("olaf-scholz", "04", host), E(text));

    [Fact]
    public void A_trip_to_a_capital_of_a_country_the_text_never_names_adds_no_country()
    {
        var doc = TestKb.Analyse("Olaf Scholz reiste am Montag nach Paris.");
        Assert.DoesNotContain("france", doc.Entities.Keys);
    }

    [Fact]
    public void Rockets_fired_at_a_country_are_force_against_it() =>
        Assert.Contains(("russia", "19", "ukraine"), E("Russland feuerte erneut Raketen auf die Ukraine ab."));
}
