package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsanalytics.common.quotes.QuoteFinderTest.find;
import static org.newsanalytics.common.quotes.QuoteFinderTest.ofKind;
import static org.newsanalytics.common.quotes.QuoteFinderTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.Quote;

/** Indirect speech: reporting verbs and the extent of their content, on sentences written for these tests. */
class QuoteIndirectSpeechTest {
  @Test
  void aSpeakerAndCueBetweenCommasLeaveTheWholeSentenceAsTheReport() {
    String text = "Most of the new bridges, the engineer said, were built without a permit.";
    Quote q = only(find(text), "indirect");
    assertEquals("Most of the new bridges, the engineer said, were built without a permit", q.quoteText());
    assertEquals("the engineer", text.substring(q.speakerBegin(), q.speakerEnd()));
  }

  @Test
  void anAppositionBetweenTheNameAndTheCueKeepsTheNameAsSpeaker() {
    String text = "Sen. Ann Holt of Ohio, a member of the budget panel, said Tuesday the new rules will cost jobs.";
    Quote q = only(find(text), "indirect");
    assertEquals("Ann Holt", q.speakerCanonical());
    assertTrue(q.quoteText().endsWith("the new rules will cost jobs"), q.quoteText());
  }

  @Test
  void aCueCoordinatedWithAnotherVerbTakesTheClauseSubject() {
    String text = "Governor Ben Ruiz visited the flooded town and said the state would pay for the repairs.";
    Quote q = only(find(text), "indirect");
    assertEquals("Ben Ruiz", q.speakerCanonical());
    assertEquals("the state would pay for the repairs", q.quoteText());
  }

  @Test
  void aParticipleAfterADirectQuoteReportsMoreOfItsSpeaker() {
    String text = "“The budget is a disgrace,” Ann Holt said, adding that the council had ignored the schools.";
    Quote q = only(find(text), "indirect");
    assertEquals("Ann Holt", q.speakerCanonical());
    assertEquals("the council had ignored the schools", q.quoteText());
  }

  @Test
  void aParticipleAfterAClauseWithoutCueReportsForItsSubject() {
    String text = "Mayor Ben Ruiz toured the flooded streets on Monday, saying the state had failed the town.";
    Quote q = only(find(text), "indirect");
    assertEquals("Ben Ruiz", q.speakerCanonical());
    assertEquals("the state had failed the town", q.quoteText());
  }

  @Test
  void participlesOfReportingVerbsAreCues() {
    String text = "Senator Ann Holt toured the plant on Friday, calling the closure a gift to the banks.";
    Quote q = only(find(text), "indirect");
    assertEquals("Ann Holt", q.speakerCanonical());
    assertEquals("the closure a gift to the banks", q.quoteText());
  }

  @Test
  void verbsThatTakeATopicReportTheirObject() {
    String text = "Mayor Ben Ruiz expressed concern about the cost of the new stadium.";
    Quote q = only(find(text), "indirect");
    assertEquals("Ben Ruiz", q.speakerCanonical());
    assertEquals("concern about the cost of the new stadium", q.quoteText());
  }

  @Test
  void documentsThatShowSomethingAreItsSource() {
    String text = "Tax records filed with the county showed the mayor paid no property tax last year.";
    Quote q = only(find(text), "indirect");
    assertEquals("Tax records filed with the county", text.substring(q.speakerBegin(), q.speakerEnd()));
    assertEquals("the mayor paid no property tax last year", q.quoteText());
  }

  @Test
  void anAnnouncementNeedsNoNamedSubject() {
    String text = "Several of the county's largest employers announced that they would leave the state.";
    Quote q = only(find(text), "indirect");
    assertEquals("Several of the county's largest employers", text.substring(q.speakerBegin(), q.speakerEnd()));
    assertEquals("they would leave the state", q.quoteText());
  }

  @Test
  void aRefusalReportsItsInfinitiveHoweverShort() {
    String text = "A spokesman for the council declined to comment.";
    Quote q = only(find(text), "indirect");
    assertEquals("to comment", q.quoteText());
    assertEquals("A spokesman for the council", text.substring(q.speakerBegin(), q.speakerEnd()));
  }

  @Test
  void aGlossAfterAQuoteIsAReportOfItsSpeaker() {
    String text = "“We will never sell,” Ben Ruiz said, referring to the family farm. The vote is on Monday.";
    Quote q = only(find(text), "indirect");
    assertEquals("the family farm", q.quoteText());
    assertEquals("Ben Ruiz", q.speakerCanonical());
  }

  @Test
  void aGlossBetweenTwoQuotesOfOneSpeakerLeavesThemOneReport() {
    String text = "“We will never sell,” Ben Ruiz said, referring to the family farm. “Not while I live.”";
    assertEquals(List.of(), ofKind(find(text), "indirect"));
  }

  @Test
  void anIntentionIsReportedForItsHolder() {
    String text = "Mayor Ben Ruiz made clear he would not run again. Ann Holt plans to challenge the result in court.";
    List<Quote> reports = ofKind(find(text), "indirect");
    assertEquals(2, reports.size(), reports.toString());
    assertEquals("he would not run again", reports.get(0).quoteText());
    assertEquals("to challenge the result in court", reports.get(1).quoteText());
    assertEquals("Ann Holt", reports.get(1).speakerCanonical());
  }

  @Test
  void aNameThatOpensTheContentIsNotTheSpeakerOfAnInvertedCue() {
    String text = "Ann Holt, 52, a nurse who now runs a clinic in the county, said Ben Ruiz should resign at once.";
    Quote q = only(find(text), "indirect");
    assertEquals("Ann Holt", q.speakerCanonical());
    assertEquals("Ben Ruiz should resign at once", q.quoteText());
  }

  @Test
  void aParticipleCoordinatedByAndReportsForTheClauseSubject() {
    String text = "Ann Holt ducked the question, pointing to her vote on the budget and saying that the council had no money.";
    List<Quote> reports = ofKind(find(text), "indirect");
    Quote q = reports.get(reports.size() - 1);
    assertEquals("the council had no money", q.quoteText());
    assertEquals("Ann Holt", q.speakerCanonical());
  }

  @Test
  void aParticipleThatOpensTheSentenceReportsForTheMainSubject() {
    String text = "After saying that the bridge was safe, Mayor Ben Ruiz left the meeting early.";
    Quote q = only(find(text), "indirect");
    assertEquals("the bridge was safe", q.quoteText());
    assertEquals("Ben Ruiz", q.speakerCanonical());
  }

  @Test
  void aSubjectWithARelativeClauseSpeaks() {
    String text = "Still, farmers who have lost their crops to the flood say the state has done nothing.";
    Quote q = only(find(text), "indirect");
    assertEquals("farmers who have lost their crops to the flood", text.substring(q.speakerBegin(), q.speakerEnd()));
    assertEquals("the state has done nothing", q.quoteText());
  }

  @Test
  void aReportInsideTheContentWithoutACommaDoesNotEndIt() {
    String text = "Ann Holt said her band and the producer Ben Ruiz wrote most of the songs on the album.";
    Quote q = only(find(text), "indirect");
    assertEquals("her band and the producer Ben Ruiz wrote most of the songs on the album", q.quoteText());
  }

  @Test
  void anotherSpeakersReportAfterACommaEndsTheContent() {
    String text = "Most voters said the economy was weak, but 40 percent of farmers said it was strong.";
    List<Quote> reports = ofKind(find(text), "indirect");
    assertEquals(2, reports.size(), reports.toString());
    assertEquals("the economy was weak", reports.get(0).quoteText());
  }

  @Test
  void anExpectationInThePassiveIsAReportWithoutSpeaker() {
    String text = "The council is widely expected to approve the budget, despite the protests.";
    Quote q = only(find(text), "indirect");
    assertEquals("The council is widely expected to approve the budget", q.quoteText());
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
  }

  @Test
  void aProgressiveIsNoPassive() {
    assertEquals(List.of(), ofKind(find("The council is seeking to approve the budget before May."), "indirect"));
  }

  @Test
  void anImpressionIsAReportWithoutSpeaker() {
    String text = "After the vote, the mayor's allies seemed relieved by the result.";
    Quote q = only(find(text), "indirect");
    assertEquals("the mayor's allies seemed relieved by the result", q.quoteText());
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
  }

  @Test
  void anAppearanceOnAStageIsNoImpression() {
    assertEquals(List.of(), ofKind(find("The mayor appeared on local television after the vote."), "indirect"));
  }

  @Test
  void aShortPhraseBeforeAccordingToIsPartOfTheReportAroundIt() {
    String text = "Over the next decade, according to the county auditor, the debt will double.";
    Quote q = only(find(text), "indirect");
    assertEquals("Over the next decade, according to the county auditor, the debt will double", q.quoteText());
  }

  @Test
  void howSomeoneSeesAThingIsTheirView() {
    String text = "Mayor Ben Ruiz sees the new stadium as a waste of money.";
    Quote q = only(find(text), "indirect");
    assertEquals("the new stadium as a waste of money", q.quoteText());
    assertEquals("Ben Ruiz", q.speakerCanonical());
  }

  @Test
  void whatSomeoneFavoursOrFocusesOnIsTheirPosition() {
    String text = "Ann Holt favors a smaller budget for the police. Ben Ruiz focused on the cost of housing.";
    List<Quote> reports = ofKind(find(text), "indirect");
    assertEquals(2, reports.size(), reports.toString());
    assertEquals("a smaller budget for the police", reports.get(0).quoteText());
    assertEquals("the cost of housing", reports.get(1).quoteText());
  }

  @Test
  void anImpersonalPassiveReportsItsThatClauseWithoutSpeaker() {
    String text = "It is widely believed that the council will raise taxes next year.";
    Quote q = only(find(text), "indirect");
    assertEquals("the council will raise taxes next year", q.quoteText());
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
  }

  @Test
  void aNamedAddresseeAndAWhenAreNotTheContent() {
    String text = "Ann Holt told the Springfield Daily Courier on Sunday the vote was rigged.";
    Quote q = only(find(text), "indirect");
    assertEquals("the vote was rigged", q.quoteText());
  }

  @Test
  void aOneWordAnswerIsTheWholeContent() {
    String text = "Asked about the tax, most farmers said no in last year's survey.";
    List<Quote> reports = ofKind(find(text), "indirect");
    assertEquals("no", reports.get(reports.size() - 1).quoteText(), reports.toString());
  }
}
