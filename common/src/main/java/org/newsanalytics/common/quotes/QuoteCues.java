package org.newsanalytics.common.quotes;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue lexicon the quote finder works from, as loaded from {@code rules/quote-cues.yaml}: every
 * word is lower case, every collection immutable.
 *
 * @param verbForms inflected form ("told", "pointed out") to its lemma ("tell", "point_out")
 * @param addresseeLemmas lemmas whose first complement is an addressee ("told reporters that ...")
 * @param introLemmas lemmas that introduce a whole quotation when its mark follows them ("said “…”")
 * @param reportLemmas lemmas that pass on someone else's words ("quoted a source as saying ...")
 * @param objectLemmas lemmas whose content is their object, not a clause ("praised her effort",
 *     "called for a ban", "accused Obama of bungling it")
 * @param openSubjectLemmas lemmas after which a short noun phrase with no name or speaker noun
 *     still names the speaker ("nearly two-thirds of Democratic voters said")
 * @param questionLemmas lemmas whose participle with no subject reports a question put to someone
 *     ("Asked whether ..., Ryan said", "when asked by a reporter if ...")
 * @param questionWords words that open the question after such a participle ("whether", "if", "why")
 * @param impressionLemmas lemmas whose clause is the writer's impression, an attribution with no source ("the
 *     crowd seemed unmoved"), reported from the clause's start with the speaker unknown
 * @param indirectOnlyLemmas lemmas that are cues of indirect speech only ("declined to comment", "referring to
 *     the debate"): never the cue of a direct quote, nor a verb the direct quote finder weighs
 * @param sourcePhrases phrases that introduce the source after the content ("according to")
 * @param titles words of titles and roles that are kept out of a speaker's name
 * @param organisations names of bodies that speak, lower case, without a leading "the"
 * @param organisationWords words that make a capitalised name an organisation ("Center", "Party")
 * @param speakerNouns heads of unnamed descriptions that can speak ("officials", "a source")
 * @param personPronouns pronouns that refer back to a person
 * @param groupPronouns pronouns that refer back to an organisation or a group
 * @param afterQuoteVerbs word forms that attribute a quote only right after its closing mark, beside
 *     any "-ed" verb there ("“…,” the sign read")
 */
public record QuoteCues(Map<String, String> verbForms, Set<String> addresseeLemmas, Set<String> introLemmas, Set<String> reportLemmas,
    Set<String> objectLemmas, Set<String> openSubjectLemmas, Set<String> questionLemmas, Set<String> questionWords,
    Set<String> impressionLemmas, Set<String> indirectOnlyLemmas, Set<String> sourcePhrases, Set<String> titles, Set<String> organisations, Set<String> organisationWords, Set<String> speakerNouns,
    Set<String> personPronouns, Set<String> groupPronouns, Set<String> afterQuoteVerbs) {
  public QuoteCues {
    verbForms = Map.copyOf(verbForms);
    addresseeLemmas = Set.copyOf(addresseeLemmas);
    introLemmas = Set.copyOf(introLemmas);
    reportLemmas = Set.copyOf(reportLemmas);
    objectLemmas = Set.copyOf(objectLemmas);
    openSubjectLemmas = Set.copyOf(openSubjectLemmas);
    questionLemmas = Set.copyOf(questionLemmas);
    questionWords = Set.copyOf(questionWords);
    impressionLemmas = Set.copyOf(impressionLemmas);
    indirectOnlyLemmas = Set.copyOf(indirectOnlyLemmas);
    sourcePhrases = Set.copyOf(sourcePhrases);
    titles = Set.copyOf(titles);
    organisations = Set.copyOf(organisations);
    organisationWords = Set.copyOf(organisationWords);
    speakerNouns = Set.copyOf(speakerNouns);
    personPronouns = Set.copyOf(personPronouns);
    groupPronouns = Set.copyOf(groupPronouns);
    afterQuoteVerbs = Set.copyOf(afterQuoteVerbs);
  }

  /** The project's own cue file on the classpath. */
  public static QuoteCues defaults() {
    return QuoteCueLoader.loadDefault();
  }

  /** The lemma of a one-word cue form, or null when the word is no cue. */
  public String lemmaOf(String word) {
    return verbForms.get(word.toLowerCase(Locale.ROOT));
  }

  public boolean isPronoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return personPronouns.contains(w) || groupPronouns.contains(w);
  }
}
