package org.newsanalytics.common.quotes;

import java.util.List;

/**
 * The order in which the rules attribute quotes, in one place. {@link QuoteFinder#find} runs the
 * headline rule first, then walks the article sentence by sentence: the quotation marks that open in
 * the sentence go through {@link #DIRECT} (a whole quotation, or the partial quote of a report), then
 * the sentence's reporting verbs outside quotes go through the {@link IndirectSpeechFinder}; last, a
 * quoted paragraph left without a speaker takes the speaker of the quoted paragraph after it
 * ({@link AttributionRule#PARAGRAPH_BEFORE_SPEAKER}).
 */
final class Sieves {
  /** Who said a whole quotation: the first sieve that recognises the quote's form attributes it. */
  static final List<DirectQuoteSieve> DIRECT = List.of(
      new QuoteResumedSieve(),
      new SaidAfterQuoteSieve(),
      new VerbAfterQuoteSieve(),
      new CueBeforeQuoteSieve(),
      new NameBeforeColonOrDashSieve(),
      new SubjectBeforeIntroSieve(),
      new ColonEndedParagraphSieve(),
      new DashSignatureSieve(),
      new ContinuesPreviousSpeakerSieve());

  private Sieves() {}
}
