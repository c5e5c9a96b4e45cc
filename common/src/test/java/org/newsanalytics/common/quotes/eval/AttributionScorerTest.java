package org.newsanalytics.common.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.Quote;

class AttributionScorerTest {
  private static final GoldArticle GOLD = PolnearReader.parse("tiny", PolnearReaderTest.TEXT, PolnearReaderTest.ANN);
  private static final String TEXT = PolnearReaderTest.TEXT;

  private static Quote quote(String kind, int begin, int end, Integer speakerBegin, Integer speakerEnd, String canonical,
      String type) {
    String speakerText = speakerBegin == null ? null : TEXT.substring(speakerBegin, speakerEnd);
    return new Quote(0, kind, TEXT.substring(begin, end), begin, end, speakerText, canonical, speakerBegin, speakerEnd,
        type, "said", 0.9, "SaidAfterQuote");
  }

  private static QuoteScores score(Quote... predicted) {
    return AttributionScorer.score(List.of(GOLD), List.of(List.of(predicted)));
  }

  @Test
  void twoPartsSharingTheSpeakerMentionMatchTheTwoFragmentGold() {
    QuoteScores s = score(quote("direct", 1, 13, 15, 20, "John Smith", "PERSON"),
        quote("direct", 28, 41, 15, 20, "John Smith", "PERSON"),
        quote("indirect", 54, 69, 43, 48, "Jones", "PERSON"));
    assertEquals(new Counts(3, 2, 2, 2), s.all());
    // the direct gold: E1 (content starts with “); E3 starts inside the mark, so it is not direct
    assertEquals(new Counts(1, 1, 1, 1), s.direct());
    assertEquals(1.0, s.direct().precision());
    assertEquals(2.0 / 3, s.all().recall(), 1e-9);
  }

  @Test
  void aContentOverlapBelowHalfTheLongerSpanIsNoMatch() {
    // "the plan" is 8 of the gold's 15 characters, "the" only 3
    assertEquals(1, score(quote("indirect", 54, 62, 43, 48, "Jones", "PERSON")).all().attributed());
    assertEquals(0, score(quote("indirect", 54, 57, 43, 48, "Jones", "PERSON")).all().contentMatched());
  }

  @Test
  void theRightContentWithTheWrongSpeakerMatchesOnlyOnContent() {
    QuoteScores s = score(quote("indirect", 54, 69, 15, 20, "John Smith", "PERSON"));
    assertEquals(new Counts(3, 1, 1, 0), s.all());
    assertEquals(0.0, s.all().precision());
    assertEquals(1.0, s.all().contentPrecision());
  }

  @Test
  void aSpeakerMentionElsewhereCountsWhenItNamesTheSameEntity() {
    // the speaker was found at another mention of Jones; the gold source says "Jones"
    Quote q = quote("indirect", 54, 69, 0, 1, "Tom Jones", "PERSON");
    assertTrue(AttributionScorer.rightSpeaker(TEXT, GOLD.attributions().get(1), q));
    Quote other = quote("indirect", 54, 69, 0, 1, "Tom Smith", "PERSON");
    assertFalse(AttributionScorer.rightSpeaker(TEXT, GOLD.attributions().get(1), other));
  }

  @Test
  void anUnresolvedPronounAtTheGoldSourceIsTheRightSpeakerMention() {
    // issue 4's rule: the predicted speaker span overlaps the gold Source span. PolNeAR marks the
    // mention ("they"), not whom it stands for, so an honest "unknown referent" there is right.
    Quote atSource = quote("direct", 1, 13, 15, 20, Quote.UNKNOWN_SPEAKER, "UNKNOWN");
    assertTrue(AttributionScorer.rightSpeaker(TEXT, GOLD.attributions().get(0), atSource));
    Quote noMention = quote("direct", 1, 13, null, null, Quote.UNKNOWN_SPEAKER, "UNKNOWN");
    assertFalse(AttributionScorer.rightSpeaker(TEXT, GOLD.attributions().get(0), noMention));
    // strict: a speaker marked unknown is wrong even at the right mention
    assertFalse(AttributionScorer.rightSpeaker(TEXT, GOLD.attributions().get(0), atSource, true));
  }

  /** "Ann Marsh said … . Later, Carl Marsh told …", the gold sources being "Carl Marsh" and "Marsh". */
  private static final String MARSH_TEXT = "Carl Marsh told us the plan failed. Marsh said it was late.\n";
  private static final GoldArticle MARSH = PolnearReader.parse("marsh", MARSH_TEXT, """
      T1\tSource 0 10\tCarl Marsh
      T2\tCue 11 15\ttold
      T3\tContent 19 34\tthe plan failed
      E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1
      T4\tSource 36 41\tMarsh
      T5\tCue 42 46\tsaid
      T6\tContent 47 58\tit was late
      E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4
      """);

  private static Quote marsh(int begin, int end, Integer speakerBegin, Integer speakerEnd, String canonical) {
    String speakerText = speakerBegin == null ? null : MARSH_TEXT.substring(speakerBegin, speakerEnd);
    return new Quote(0, "indirect", MARSH_TEXT.substring(begin, end), begin, end, speakerText, canonical, speakerBegin,
        speakerEnd, "PERSON", "said", 0.9, "SaidAfterQuote");
  }

  @Test
  void canonicalNamesAreComparedByFullNameNotBySurnameAlone() {
    GoldAttribution carl = MARSH.attributions().get(0);
    GoldAttribution bareSurname = MARSH.attributions().get(1);
    // a speaker found elsewhere in the article (no overlap with the gold source)
    assertTrue(AttributionScorer.rightSpeaker(MARSH_TEXT, carl, marsh(19, 34, null, null, "Carl Marsh")));
    assertFalse(AttributionScorer.rightSpeaker(MARSH_TEXT, carl, marsh(19, 34, null, null, "Ann Marsh")));
    assertTrue(AttributionScorer.rightSpeaker(MARSH_TEXT, carl, marsh(19, 34, null, null, "Marsh")));
    // a bare surname in the gold names any full name with that surname
    assertTrue(AttributionScorer.rightSpeaker(MARSH_TEXT, bareSurname, marsh(47, 58, null, null, "Ann Marsh")));
  }

  @Test
  void strictlyTheRightMentionResolvedToSomeoneElseIsWrong() {
    GoldAttribution carl = MARSH.attributions().get(0);
    // the mention "Marsh" of "Carl Marsh", resolved to another Marsh
    Quote other = marsh(19, 34, 5, 10, "Ann Marsh");
    assertTrue(AttributionScorer.rightSpeaker(MARSH_TEXT, carl, other, false));
    assertFalse(AttributionScorer.rightSpeaker(MARSH_TEXT, carl, other, true));
    assertTrue(AttributionScorer.rightSpeaker(MARSH_TEXT, carl, marsh(19, 34, 5, 10, "Carl Marsh"), true));
  }

  @Test
  void strictAndLenientFiguresDifferByTheUnknownSpeakerAtTheRightMention() {
    QuoteScores s = AttributionScorer.score(List.of(THREE), List.of(List.of(direct(1, 13, 15, 20, Quote.UNKNOWN_SPEAKER))));
    assertEquals(1, s.lenient().direct().attributed());
    assertEquals(0, s.strict().direct().attributed());
    assertEquals(s.strict().direct(), s.direct()); // the headline figure is the strict one
  }

  @Test
  void aSourcelessGoldIsRightOnlyForAnUnknownSpeaker() {
    GoldAttribution sourceless = GOLD.attributions().get(2);
    assertTrue(AttributionScorer.rightSpeaker(TEXT, sourceless, quote("direct", 2, 4, null, null, Quote.UNKNOWN_SPEAKER,
        "UNKNOWN")));
    assertFalse(AttributionScorer.rightSpeaker(TEXT, sourceless, quote("direct", 2, 4, 15, 20, "Smith", "PERSON")));
  }

  @Test
  void eachGoldIsMatchedOnce() {
    QuoteScores s = score(quote("indirect", 54, 69, 43, 48, "Jones", "PERSON"),
        quote("indirect", 54, 68, 43, 48, "Jones", "PERSON"));
    assertEquals(new Counts(3, 2, 1, 1), s.all());
  }

  @Test
  void aPartialQuoteInsideAnIndirectOneIsNotScoredTwice() {
    QuoteScores s = score(quote("indirect", 54, 69, 43, 48, "Jones", "PERSON"),
        quote("partial", 58, 62, 43, 48, "Jones", "PERSON"));
    assertEquals(1, s.all().predicted());
  }

  @Test
  void f1IsTheHarmonicMean() {
    Counts c = new Counts(4, 2, 2, 1);
    assertEquals(0.5, c.precision());
    assertEquals(0.25, c.recall());
    assertEquals(2 * 0.5 * 0.25 / 0.75, c.f1(), 1e-12);
    assertEquals(0.0, new Counts(0, 0, 0, 0).f1());
  }

  @Test
  void theJsonLineHoldsBothSets() {
    String json = score(quote("indirect", 54, 69, 43, 48, "Jones", "PERSON")).json();
    assertTrue(json.startsWith("{\"task\":\"quotes\",\"articles\":1,\"all\":{\"precision\":1.0000,\"recall\":0.3333,"), json);
    assertTrue(json.contains("\"direct\":{\"precision\":0.0000,\"recall\":0.0000"), json);
  }

  /** Three direct gold quotes, by Smith, Jones and Jones (the last continues the second). */
  private static final String THREE_TEXT = "“We will win,” Smith said. “Then we rest,” Jones told Brown. “It is over.”\n";
  private static final GoldArticle THREE = PolnearReader.parse("three", THREE_TEXT, """
      T1\tContent 0 14\t“We will win,”
      T2\tSource 15 20\tSmith
      T3\tCue 21 25\tsaid
      E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2
      T4\tContent 27 42\t“Then we rest,”
      T5\tSource 43 48\tJones
      T6\tCue 49 53\ttold
      E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5
      T7\tContent 61 74\t“It is over.”
      E3\tAttribution:T6 Content:T7 Cue:T6 Source:T5
      """);

  private static Quote direct(int begin, int end, Integer speakerBegin, Integer speakerEnd, String canonical) {
    String speakerText = speakerBegin == null ? null : THREE_TEXT.substring(speakerBegin, speakerEnd);
    return new Quote(0, "direct", THREE_TEXT.substring(begin, end), begin, end, speakerText, canonical, speakerBegin,
        speakerEnd, canonical.equals(Quote.UNKNOWN_SPEAKER) ? "UNKNOWN" : "PERSON", "said", 0.9, "SaidAfterQuote");
  }

  @Test
  void attributedOnlyPrecisionLeavesOutDirectPredictionsWithAnUnknownSpeaker() {
    QuoteScores s = AttributionScorer.score(List.of(THREE), List.of(List.of(
        direct(1, 13, 15, 20, "Smith"), // right speaker
        direct(28, 41, 54, 59, "Brown"), // the addressee: wrong speaker
        direct(62, 73, null, null, Quote.UNKNOWN_SPEAKER)))); // no speaker: right content only
    assertEquals(new Counts(3, 3, 3, 1), s.direct());
    assertEquals(1.0 / 3, s.direct().precision(), 1e-9);
    assertEquals(new Counts(3, 2, 2, 1), s.directAttributedOnly());
    assertEquals(0.5, s.directAttributedOnly().precision(), 1e-9);
  }

  @Test
  void attributedOnlyEqualsDirectWhenEveryPredictionNamesASpeaker() {
    QuoteScores s = AttributionScorer.score(List.of(THREE), List.of(List.of(
        direct(1, 13, 15, 20, "Smith"), direct(28, 41, 43, 48, "Jones"))));
    assertEquals(s.direct(), s.directAttributedOnly());
  }

  @Test
  void attributedOnlyWithNoSpeakerAnywhereHasPrecisionZeroNotNaN() {
    QuoteScores s = AttributionScorer.score(List.of(THREE), List.of(List.of(
        direct(62, 73, null, null, Quote.UNKNOWN_SPEAKER))));
    assertEquals(new Counts(3, 0, 0, 0), s.directAttributedOnly());
    assertEquals(0.0, s.directAttributedOnly().precision());
  }

  @Test
  void theJsonLineAndSummaryReportAttributedOnlyUnderTheirOwnLabel() {
    QuoteScores s = AttributionScorer.score(List.of(THREE), List.of(List.of(
        direct(1, 13, 15, 20, "Smith"), direct(62, 73, null, null, Quote.UNKNOWN_SPEAKER))));
    String json = s.json();
    assertTrue(json.contains(",\"direct\":{\"precision\":0.5000,"), json);
    assertTrue(json.contains(",\"direct_attributed_only\":{\"precision\":1.0000,\"recall\":0.3333,\"f1\":0.5000,"
        + "\"content_precision\":1.0000,\"content_recall\":0.3333,\"content_f1\":0.5000,\"gold\":3,"
        + "\"predicted\":1,\"content_matched\":1,\"attributed\":1},\"lenient\":{\"all\":"), json);
    assertTrue(s.summary().contains("direct, attributed only (predictions with a speaker): P 1.000 | predicted 1   [strict]"),
        s.summary());
  }

  @Test
  void perRuleCountsEachRulesPredictionsAndStrictlyRightOnes() {
    Quote right = direct(1, 13, 15, 20, "Smith");
    Quote wrong = direct(28, 41, 54, 59, "Brown");
    Quote unknown = direct(62, 73, null, null, Quote.UNKNOWN_SPEAKER);
    var perRule = AttributionScorer.perRule(List.of(THREE), List.of(List.of(right, wrong,
        new Quote(0, "direct", unknown.quoteText(), 62, 73, null, Quote.UNKNOWN_SPEAKER, null, null, "UNKNOWN", null, 0.3,
            "NoSpeaker"))));
    assertEquals(new Counts(0, 2, 0, 1), perRule.get("SaidAfterQuote"));
    assertEquals(new Counts(0, 1, 0, 0), perRule.get("NoSpeaker"));
  }
}
