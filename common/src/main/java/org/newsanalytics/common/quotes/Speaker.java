package org.newsanalytics.common.quotes;

import org.newsanalytics.common.extract.Quote;

/**
 * Who said something: the mention in the text ([begin, end), e.g. "he" or "Dmitry Peskov") and
 * the name it stands for.
 *
 * @param type PERSON, ORG, NOMINAL (an unnamed description such as "a senior official"),
 *     PRONOUN_RESOLVED, or UNKNOWN (a pronoun with no antecedent, or no speaker at all)
 * @param referentType what the mention refers to: PERSON, ORG or NOMINAL (for pronouns, the antecedent's)
 */
record Speaker(String text, int begin, int end, String canonical, String type, String referentType) {
  static final Speaker NONE = new Speaker(null, -1, -1, Quote.UNKNOWN_SPEAKER, "UNKNOWN", "UNKNOWN");

  boolean known() {
    return !Quote.UNKNOWN_SPEAKER.equals(canonical);
  }

  boolean hasMention() {
    return begin >= 0;
  }

  boolean isPronoun() {
    return "PRONOUN".equals(type);
  }
}
