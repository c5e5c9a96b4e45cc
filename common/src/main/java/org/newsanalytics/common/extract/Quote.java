package org.newsanalytics.common.extract;

/**
 * A quotation and who said it. Offsets are into the article text; the speaker fields are null
 * when no speaker was found, and {@code speakerCanonical} is then {@link #UNKNOWN_SPEAKER}.
 *
 * @param kind direct, indirect or partial
 * @param quoteText the quoted words (without the quotation marks) or the reported content
 * @param speakerType PERSON, ORG, NOMINAL (an unnamed description: "a senior official"), PRONOUN_RESOLVED,
 *     NOMINAL_RESOLVED (an office or document linked to the person the article names so: "the President"),
 *     or UNKNOWN
 * @param cue the reporting verb or phrase ("said", "told", "according to")
 * @param attributionRule the rule that attributed the quote ({@code AttributionRule} label: "SaidAfterQuote", …)
 */
public record Quote(int sentenceIndex, String kind, String quoteText, int begin, int end, String speakerText,
    String speakerCanonical, Integer speakerBegin, Integer speakerEnd, String speakerType, String cue,
    double confidence, String attributionRule) {
  public static final String UNKNOWN_SPEAKER = "(unknown)";
}
