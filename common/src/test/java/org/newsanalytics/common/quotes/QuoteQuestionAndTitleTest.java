package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsanalytics.common.quotes.QuoteFinderTest.find;
import static org.newsanalytics.common.quotes.QuoteFinderTest.ofKind;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.Quote;

/** Questions put to a speaker ("Asked whether ..., X said") and a title that credits its claim ("Lynch: ..."). */
class QuoteQuestionAndTitleTest {
  private static List<Quote> withCue(List<Quote> quotes, String cue) {
    return ofKind(quotes, "indirect").stream().filter(q -> cue.equals(q.cue())).toList();
  }

  @Test
  void aQuestionWithNoAskerIsReportedWithTheSpeakerUnknown() {
    String text = "Asked whether the talks had failed, Peskov said the door remained open.";
    List<Quote> asked = withCue(find(text), "asked");
    assertEquals(1, asked.size(), asked.toString());
    assertEquals("whether the talks had failed", asked.get(0).quoteText());
    assertEquals(Quote.UNKNOWN_SPEAKER, asked.get(0).speakerCanonical());
    // the answer is still the speaker's own report
    assertTrue(withCue(find(text), "said").stream().anyMatch(q -> q.speakerCanonical().equals("Peskov")));
  }

  @Test
  void theAskerAfterBySpeaksTheQuestion() {
    String text = "When asked by a reporter on Monday if he would run again, Trump said he would decide in May.";
    Quote q = withCue(find(text), "asked").get(0);
    assertEquals("if he would run again", q.quoteText());
    assertEquals("a reporter", text.substring(q.speakerBegin(), q.speakerEnd()));
  }

  @Test
  void aQuestionAfterTheAnswerRunsToTheSentenceEnd() {
    String text = "“We will see,” Sanders said when asked whether he would campaign for other candidates.";
    assertEquals("whether he would campaign for other candidates",
        withCue(find(text), "asked").get(0).quoteText());
  }

  @Test
  void aPassiveOrAnAskWithoutAQuestionWordIsNoQuestion() {
    assertEquals(List.of(), withCue(find("He was asked whether the plan would pass before the vote."), "asked"));
    assertEquals(List.of(), withCue(find("Asked repeatedly and angrily, Peskov said the door remained open."), "asked"));
  }

  @Test
  void aTitleEndingWithAFullStopCreditsItsClaimToTheNameBeforeTheColon() {
    String text = "Lynch: No outside influence on FBI probe into Clinton emails.\n\n"
        + "WASHINGTON — Attorney General Loretta Lynch said on Monday that the inquiry was independent.";
    List<Quote> title = withCue(find(text), ":");
    assertEquals(1, title.size(), title.toString());
    assertEquals("No outside influence on FBI probe into Clinton emails", title.get(0).quoteText());
    assertEquals("Loretta Lynch", title.get(0).speakerCanonical());
  }

  @Test
  void aTitleMayCreditADescribedSourceButNotAKicker() {
    String poll = "Poll: Sanders Burns Clinton With First National Lead.\n\nFor the first time, a poll shows Sanders ahead.";
    Quote q = withCue(find(poll), ":").get(0);
    assertEquals("Poll", q.speakerText());
    assertEquals("Sanders Burns Clinton With First National Lead", q.quoteText());
    String kicker = "EXCLUSIVE: Sanders Burns Clinton With First National Lead.\n\nFor the first time, polls agree.";
    assertEquals(List.of(), withCue(find(kicker), ":"));
  }

  @Test
  void verbsInsideACreditedTitleAreItsWordsNotNewReports() {
    String text = "Wash Post: If Obama Says It, It Is True.\n\nThe Wash Post ran a fact check on Monday.";
    List<Quote> quotes = find(text);
    assertEquals(1, ofKind(quotes, "indirect").size(), quotes.toString());
    assertEquals("Wash Post", ofKind(quotes, "indirect").get(0).speakerCanonical());
  }

  @Test
  void aShowTitleOrOneNameInsideAReportIsNoPartialQuoteButTheReportsWordsAre() {
    String text = "Speaking on “Weekend Review,” the mayor said the new stadium was “a waste of money.”\n\n"
        + "The council, which calls the site “Riverside,” said it would vote again.";
    List<Quote> partial = ofKind(find(text), "partial");
    assertEquals(List.of("a waste of money."), partial.stream().map(Quote::quoteText).toList(), partial.toString());
    assertEquals("mayor", partial.get(0).speakerCanonical());
  }
}
