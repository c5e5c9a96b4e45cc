package org.newsanalytics.common.quotes;

/**
 * The rule that attributed a quote, in the order the finders try them: the provenance written to
 * the {@code quotes.attribution_rule} column, and the key of a rule's measured precision
 * ({@code rules/quote-rule-precision.tsv}). Within one finder, an earlier rule wins: a later one
 * only attributes quotes no earlier one attributed.
 */
public enum AttributionRule {
  // headlines, before anything else in the article
  HEADLINE_COLON("HeadlineColon", "\"Name: words\" or \"words: Name\" in a one-line paragraph, the name recurring below"),
  // direct quotes: the quote first, then who said it
  QUOTE_RESUMED("QuoteResumedAfterAttribution", "\"…,\" X said, \"…\": the rest of an interrupted quote"),
  SAID_AFTER_QUOTE("SaidAfterQuote", "\"…,\" X said / said X"),
  VERB_AFTER_QUOTE("VerbAfterQuote", "\"…\" X added: a cue after the quote's sentence"),
  CUE_BEFORE_QUOTE("CueBeforeQuote", "X said: \"…\" / X said, \"…\""),
  NAME_BEFORE_COLON_OR_DASH("NameBeforeColonOrDash", "pollster X: \"…\", including X -- \"…\""),
  SUBJECT_BEFORE_INTRO("SubjectBeforeIntro", "the subject of the clause a colon or comma closes before the quote"),
  COLON_ENDED_PARAGRAPH("ColonEndedParagraph", "\"X went on:\" ending the paragraph before the quote"),
  DASH_SIGNATURE("DashSignature", "\"…\" ⏎ - X: a quote signed in the next paragraph"),
  CONTINUES_SPEAKER("ContinuesPreviousSpeaker", "a quote with no cue after one of X's, in the same run"),
  PARAGRAPH_BEFORE_SPEAKER("QuotedParagraphBeforeSpeaker", "\"A.\" ⏎ \"B,\" X said: A is X's too"),
  NO_SPEAKER("NoSpeaker", "a direct quote no rule attributed"),
  // partial quotes: quoted words inside a report
  PARTIAL_IN_REPORT("PartialInReport", "X called it \"…\": the speaker of the reporting sentence"),
  PARTIAL_CONTINUED("PartialContinued", "the rest of a mixed report after a partial quote"),
  // indirect speech: mention first, content around it
  CONTENT_THEN_SAID_X("ContentThenSaidX", "content, said X."),
  OBJECT_OF_CUE("ObjectOfCue", "X praised / called for / accused …: the object is the content"),
  PARENTHETICAL_CUE("ParentheticalCue", "Many of the plans, he said, were never funded"),
  ONE_WORD_ANSWER("OneWordAnswer", "half said yes"),
  INFINITIVE_REPORT("InfinitiveReport", "X declined to comment"),
  CONTENT_THEN_X_SAID("ContentThenXSaid", "content, X said."),
  SUBJECT_CUE_CONTENT("SubjectCueContent", "X said (that) content"),
  QUESTION_ASKED("QuestionAsked", "Asked whether …, X said"),
  FRONTED_PARTICIPLE("FrontedParticiple", "After saying that …, X left"),
  PASSIVE_BELIEF("PassiveBelief", "It is widely believed that …: no one's"),
  WRITERS_IMPRESSION("WritersImpression", "her rivals seemed unmoved: the writer's impression"),
  ACCORDING_TO("AccordingTo", "according to X, …");

  private final String label;
  private final String recognises;

  AttributionRule(String label, String recognises) {
    this.label = label;
    this.recognises = recognises;
  }

  /** The name written to the table and the precision file. */
  public String label() {
    return label;
  }

  /** What the rule recognises, for the help text and the per-rule report. */
  public String recognises() {
    return recognises;
  }
}
