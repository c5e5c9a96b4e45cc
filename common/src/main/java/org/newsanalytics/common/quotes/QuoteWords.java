package org.newsanalytics.common.quotes;

import java.util.Set;

/** Closed-class words the quote finders share: they shape clauses, not cues, so they are no rule data. */
final class QuoteWords {
  private QuoteWords() {}

  /** Adverbs and auxiliaries that may stand between a speaker and the cue ("has also said"). */
  static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("also", "has", "have", "had", "later", "again",
      "then", "once", "earlier", "previously", "repeatedly", "recently", "publicly", "privately", "reportedly",
      "already", "would", "will", "could", "did", "does", "do", "never", "often", "first", "further", "simply", "now",
      "flatly", "quickly", "finally", "just", "always", "still", "separately", "subsequently", "since");
  /** Words that end a noun phrase when walking back from a cue. */
  static final Set<String> CLAUSE_WORDS = Set.of("that", "and", "but", "or", "which", "who", "whom", "because",
      "when", "while", "if", "as", "after", "before", "since", "although", "though", "where", "whether", "so", "than",
      "what", "how", "why", "nor", "until", "unless", "once");
  /** Words before a cue that make it passive or an infinitive ("was told", "to say"): no report. */
  static final Set<String> PASSIVE_OR_INFINITIVE = Set.of("to", "was", "were", "is", "are", "be", "been",
      "being", "am");
  static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our", "my");
  /** Words after which a cue form is a noun ("the report", "a statement", "your remarks"), never a verb. */
  static final Set<String> NOUN_DETERMINERS = with(DETERMINERS, "your");
  /** Auxiliaries and copulas (a clause has begun where one stands). */
  static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "has", "had", "have", "will",
      "would", "can", "could", "should", "must", "may", "might");
  /** The auxiliaries with "do": a finite verb, so a reported clause has begun before a later "that". */
  static final Set<String> FINITE_AUXILIARIES = with(AUXILIARIES, "do", "does", "did");
  static final int MAX_SUBJECT_TOKENS = 8;
  static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "tomorrow", "recently",
      "earlier", "later");
  static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's");

  private static Set<String> with(Set<String> words, String... more) {
    Set<String> all = new java.util.HashSet<>(words);
    all.addAll(java.util.List.of(more));
    return Set.copyOf(all);
  }
}
