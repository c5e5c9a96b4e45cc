package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsanalytics.common.quotes.QuoteFinderTest.find;
import static org.newsanalytics.common.quotes.QuoteFinderTest.ofKind;
import static org.newsanalytics.common.quotes.QuoteFinderTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.Quote;

/** Speakers in the slots news style keeps for them, on sentences written for these tests. */
class QuoteSpeakerSlotTest {
  @Test
  void aVerbNoCueListNamesAttributesAQuoteRightAfterIt() {
    Quote q = only(find("“We lost the vote and we will lose the next one,” Toomey fumed on Tuesday."), "direct");
    assertEquals("Toomey", q.speakerCanonical());
    assertEquals("fumed", q.cue());
  }

  @Test
  void theVerbMayComeFirst() {
    Quote q = only(find("“What a night for all of us!” beamed Donald Hartley of Madison."), "direct");
    assertEquals("Donald Hartley", q.speakerCanonical());
  }

  @Test
  void aDocumentReadsOutItsQuote() {
    Quote q = only(find("“Stop the tax on bread and milk,” the statement read."), "direct");
    assertEquals("statement", q.speakerCanonical().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void aVerbWithAnObjectAfterTheQuoteAttributesNothing() {
    Quote q = only(find("“The plan will never pass,” Toomey handed the papers over."), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
  }

  @Test
  void aQuoteClosedByAFullStopIsNotAttributedByTheNextSentence() {
    Quote q = only(find("“The plan will never pass.” Toomey walked out of the room."), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
  }

  @Test
  void aPullQuoteIsSignedByADashInTheNextParagraph() {
    Quote q = only(find("The senator is relying on old figures.\n\n\"We pay more for drugs than any nation.\"\n\n- Bernie Sanders.\n"),
        "direct");
    assertEquals("Bernie Sanders", q.speakerCanonical());
  }

  @Test
  void aPartyTagWithAStateAbbreviationEndsNoSentence() {
    Quote q = only(find("“The rule will stand,” Senate Whip Dale Hargrove, R-Ky., said Tuesday."), "direct");
    assertEquals("Dale Hargrove", q.speakerCanonical());
  }

  @Test
  void aKinshipNounAfterMyCanSpeak() {
    Quote q = only(find("\"Save the seeds for spring,\" my grandmother always said."), "direct");
    assertEquals("my grandmother", q.speakerText());
  }

  @Test
  void commentedIsACue() {
    Quote q = only(find("A friend of mine commented: \"For you, immigration is the reason.\""), "direct");
    assertTrue(q.speakerText() != null && q.speakerText().contains("friend"), q.toString());
  }

  @Test
  void aNicknameInsideANameIsNoQuote() {
    List<Quote> quotes = find("\"We are back in business!\" Councilman Robert \"Bobby\" Teague called to the fans.");
    assertTrue(ofKind(quotes, "partial").isEmpty(), quotes.toString());
    assertTrue(only(quotes, "direct").speakerCanonical().endsWith("Teague"), quotes.toString());
  }

  @Test
  void aDigestItemIsSignedByTheNameBeforeItsColon() {
    Quote q = only(find("Estimates of turnout were too low - Jeffrey M. Jones: “The party gap has closed this year.”"), "direct");
    assertEquals("Jeffrey M. Jones", q.speakerCanonical());
  }

  @Test
  void aHeadlineInCapitalsIsNoName() {
    Quote q = only(find("RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME: “The party gap has closed this year.”"), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
  }

  @Test
  void aRoleAfterSaidNamesTheSpeakerOrTheAppositionDoes() {
    Quote role = only(find("\"The vote will be close,\" said one of the senior advisers, who asked not to be named."), "direct");
    assertEquals("one of the senior advisers", role.speakerText());
    Quote named = only(find("\"The vote will be close,\" said the campaign's deputy manager, Rich Beeson, who ran it."), "direct");
    assertEquals("Rich Beeson", named.speakerCanonical());
    Quote qualified = only(find("\"Money is no problem,\" said one Republican involved in the planning, who asked not to be named."),
        "direct");
    assertEquals("one Republican involved in the planning", qualified.speakerText());
  }

  @Test
  void aDescriptionNeedsAHeadNounAndNoVerb() {
    Quote boos = only(find("Silverman drew a wave of boos upon saying, \"Hillary heard the passion of the people.\""), "direct");
    assertTrue(boos.speakerText() == null || !boos.speakerText().contains("upon"), boos.toString());
    Quote reader = only(find("A reader could then ask: \"Why is the bridge still closed?\""), "direct");
    assertEquals("A reader", reader.speakerText());
  }

  @Test
  void aLongFrontedClauseBeforeTheSubjectOfAColonIntroIsSkipped() {
    Quote q = only(find("With the council nervous about empty shops along the river, "
        + "Mayor Ann Holt is putting out a short and blunt message: \"It is about the town.\""), "direct");
    assertEquals("Ann Holt", q.speakerCanonical());
  }

  @Test
  void aQuoteIntroducedByACueEndsItsSentenceAtItsFullStop() {
    Quote q = only(find("Counting their losses, Icelanders often say, \"The sea gives, the sea takes.\" "
        + "Looking at a poor season, many crews would hope for rain."), "direct");
    assertEquals("Icelanders", q.speakerText());
  }

  @Test
  void aStrayApostropheOfAQuoteInsideAQuoteDoesNotHideTheSpeaker() {
    List<Quote> direct = ofKind(find("''I would use the word 'old-school,''' said Gregory Slayton, a donor. "
        + "''Humility is something I love about the family.''"), "direct");
    assertEquals(2, direct.size(), direct.toString());
    assertEquals("Gregory Slayton", direct.get(0).speakerCanonical());
    assertEquals("Gregory Slayton", direct.get(1).speakerCanonical());
  }

  @Test
  void theSpeakerACueIntroducesWinsOverTheReporterAfterTheQuote() {
    Quote q = only(find("Asked about the race, Tim Canova said, \"No comment,\" the Miami Herald reported."), "direct");
    assertEquals("Tim Canova", q.speakerCanonical());
  }

  @Test
  void aNameBeforeADashSignsTheQuoteAndAnotherAfterItDoesNot() {
    Quote q = only(find("Many farmers agree, including the former minister Mitt Romney -- \"It is wrong to sell "
        + "the land behind our backs\" -- and Nora Blake, a former mayor."), "direct");
    assertEquals("Mitt Romney", q.speakerCanonical());
  }

  @Test
  void theWriterCanBeTheSubjectACueIsCoordinatedWith() {
    Quote q = only(find("The room was cold, and I shrugged and said, \"I do not mind the winter.\""), "direct");
    assertEquals("I", q.speakerText());
  }

  @Test
  void anIndirectOnlyVerbAfterAQuoteAttributesNothing() {
    Quote q = only(find("“We will see about the budget,” the aide declined to say more."), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
  }
}
