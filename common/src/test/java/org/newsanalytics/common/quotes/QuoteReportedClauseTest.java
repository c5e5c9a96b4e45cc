package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsanalytics.common.quotes.QuoteFinderTest.find;
import static org.newsanalytics.common.quotes.QuoteFinderTest.ofKind;
import static org.newsanalytics.common.quotes.QuoteFinderTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.Quote;

/** Quotes inside reported clauses, and cue forms used as nouns, on sentences written for these tests. */
class QuoteReportedClauseTest {
  @Test
  void aQuoteThatEndsAThatClauseIsPartOfTheIndirectReport() {
    String text = "Mayor Ann Holt argued that the town has two choices: “We either build or we shrink.”";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
    Quote partial = only(quotes, "partial");
    assertEquals("We either build or we shrink.", partial.quoteText());
    assertEquals("Ann Holt", partial.speakerCanonical());
    Quote report = only(quotes, "indirect");
    assertTrue(report.quoteText().startsWith("the town has two choices"), report.quoteText());
    assertTrue(report.quoteText().contains("We either build"), report.quoteText());
    assertEquals("Ann Holt", report.speakerCanonical());
  }

  @Test
  void aQuoteAfterThatAndACommaIsPartOfTheIndirectReport() {
    String text = "Mayor Ann Holt said that, in the end, “Nobody wanted the bridge.”";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
    assertEquals("Ann Holt", only(quotes, "partial").speakerCanonical());
  }

  @Test
  void aLaterCueAfterTheThatClauseIntroducesAWholeQuote() {
    String text = "Mayor Ann Holt noted that she once taught law, and added: “I know a little about this.”";
    Quote q = only(find(text), "direct");
    assertEquals("I know a little about this.", q.quoteText());
    assertEquals("Ann Holt", q.speakerCanonical());
  }

  @Test
  void aThatClauseInsideASubordinateClauseLeavesTheQuoteWhole() {
    String text = "When Ann Holt suggested that the town would sue, Mayor Ben Ruiz said: “They will lose.”";
    Quote q = only(find(text), "direct");
    assertEquals("Ben Ruiz", q.speakerCanonical());
  }

  @Test
  void aDashAfterTheThatClauseSetsTheQuoteApart() {
    String text = "Ann Holt suggested that the plan was unserious - “We need to get into the details,” she said.";
    Quote q = only(find(text), "direct");
    assertEquals("We need to get into the details,", q.quoteText());
  }

  @Test
  void aCueFormAfterADeterminerIsANounThatCanSpeak() {
    String text = "“Growth will slow next year,” the report said. “Prices will rise.”";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
    for (Quote q : direct) {
      assertEquals("the report", text.substring(q.speakerBegin(), q.speakerEnd()));
    }
  }

  @Test
  void aLineBreakAfterASentenceEndsTheParagraphAndTheAttributionTail() {
    String text = "Donald Trump spoke next.\n“They sue,” Trump said. “Everybody sues, right?”\n"
        + "Later, Marco Rubio claimed that Muslim Americans face no bias.";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
    for (Quote q : direct) {
      assertEquals("Donald Trump", q.speakerCanonical(), q.toString());
    }
  }

  @Test
  void aQuoteThatClosedItsSentenceLeavesTheNextSpeakersColonToTheNextQuote() {
    String text = "“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “We fled the war.”";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(3, direct.size(), direct.toString());
    assertEquals("Alawee", direct.get(1).speakerCanonical());
    assertEquals("Zahed", direct.get(2).speakerCanonical());
  }

  @Test
  void aCueCoordinatedWithAnotherVerbTakesThatVerbsSubject() {
    String text = "When Robby Mook was asked about a press conference, he laughed and said, “We’ll see.”";
    Quote q = only(find(text), "direct");
    assertEquals("he", text.substring(q.speakerBegin(), q.speakerEnd()));
    assertEquals("Robby Mook", q.speakerCanonical());
  }

  @Test
  void aQuoteThatGoesOnFromAMixedReportExtendsThatReport() {
    String text = "Yet Trump is also a “change agent,” Cole said. “That’s exactly what people want right now.”";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
    Quote report = only(quotes, "indirect");
    assertTrue(report.quoteText().startsWith("Yet Trump is also"), report.quoteText());
    assertTrue(report.quoteText().endsWith("want right now.”"), report.quoteText());
    assertEquals("Cole", report.speakerCanonical());
    assertEquals(2, ofKind(quotes, "partial").size(), quotes.toString());
  }

  @Test
  void aQuoteAfterAPartialQuoteInsideARelativeClauseStaysDirect() {
    String text = "“Revenues are up a little,” said Tom Ekovich, who noted that prices had “cratered” to half their value. "
        + "“Things are moving in the right direction.”";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
  }

  @Test
  void aTitleCasedQuoteIsATitleEvenNextToACue() {
    String text = "Carly Fiorina wrote about it in her memoir, “Tough Choices.” Dennis Ross said in his book, “Doomed to Succeed,” "
        + "that the ties were strained.";
    assertTrue(ofKind(find(text), "direct").isEmpty(), find(text).toString());
  }

  @Test
  void shortSpeechInCapitalsOrOfTwoSentencesIsNoTitle() {
    String text = "“Like Oakland. Or Ferguson,” Trump said. “GROWING PARTY,” he declared. “Nusra is Al Qaeda,” Kerry said.";
    assertEquals(3, ofKind(find(text), "direct").size(), find(text).toString());
  }

  @Test
  void aPronounSubjectBeforeThenIntroducesTheQuote() {
    String text = "Hillary Clinton spoke.\n\nShe then addressed the supporters: “Here is what I regret.”";
    Quote q = only(find(text), "direct");
    assertEquals("She", text.substring(q.speakerBegin(), q.speakerEnd()));
    assertEquals("Hillary Clinton", q.speakerCanonical());
  }

  @Test
  void byAndACueTakeTheClauseSubject() {
    String text = "John Berman took the bench.\n\nWhen he returned he began by saying, “Nobody needs to go to jail.”";
    Quote q = only(find(text), "direct");
    assertEquals("John Berman", q.speakerCanonical());
  }

  @Test
  void aPartyTagWithDotsBeforeTheCueEndsNoSentence() {
    String text = "In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: "
        + "“The killer should be in prison.”";
    assertEquals("Hakeem Jeffries", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void crackedAndShotBackAreCues() {
    String text = "“It is over,” Hillary Clinton cracked. Asked about it, Mr. Smith shot back: “We are not done.”";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
    assertEquals("cracked", direct.get(0).cue());
    assertEquals("Smith", direct.get(1).speakerCanonical());
  }

  @Test
  void aQuoteAfterAFrontedClauseWithNoCueFinishesTheReportThatFollows() {
    String text = "If the legislation passes, “I think it will fill a deep void,” Tom Reed said.";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
    assertEquals("Tom Reed", only(quotes, "partial").speakerCanonical());
    Quote report = only(quotes, "indirect");
    assertTrue(report.quoteText().startsWith("If the legislation passes"), report.quoteText());
    assertEquals("Tom Reed", report.speakerCanonical());
  }

  @Test
  void aQuoteAfterAShortFrontedAdverbIsWhole() {
    String text = "Instead, “he just acts like a defeated man,” Tom Reed said.";
    assertEquals("Tom Reed", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void songsAndSignsSpeak() {
    String text = "At the bottom it reads, “You can further support the cause.” As Billy Joel sings, “Don’t go changing.”";
    assertEquals(2, ofKind(find(text), "direct").size(), find(text).toString());
  }

  @Test
  void aCapitalisedOpeningAdverbIsNoSpeaker() {
    String text = "Dahlys Hamilton leads the group.\n\nRecently she announced on her Facebook page: “I am boarding the train!”";
    Quote q = only(find(text), "direct");
    assertEquals("she", text.substring(q.speakerBegin(), q.speakerEnd()));
  }

  @Test
  void aPartyTagBetweenCommasBeforeAnAppositionKeepsTheName() {
    String text = "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling "
        + "the successes that coalition forces have had.";
    Quote q = only(find(text), "indirect");
    assertEquals("Lindsey Graham", q.speakerCanonical());
    assertTrue(q.quoteText().startsWith("Obama is overselling"), q.quoteText());
  }

  @Test
  void aHorizontalBarAfterTheQuoteIntroducesTheSpeakerAndALineOpeningAMarkStartsAParagraph() {
    String text = "Readers sent us their views.\n\n“She forgot the small towns.” ― Dana Whitfield\n"
        + "“She never came to our valley.” ― Rhea Okonkwo\n";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
    assertEquals("Dana Whitfield", direct.get(0).speakerCanonical());
    assertEquals("Rhea Okonkwo", direct.get(1).speakerCanonical());
  }

  @Test
  void aLowerCaseQuoteCompletingAFrontedCopulaIsPartial() {
    String text = "It was, the mayor said, “a bridge built by hand over nine long winters.”";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
  }

  @Test
  void aCommaInsideAPartialQuoteBeforeSaidXEndsTheReport() {
    String text = "Both ministries “saw the port as a town under strain,” said Nils Ekberg. The visit went well.";
    Quote report = only(find(text), "indirect");
    assertEquals("Nils Ekberg", report.speakerCanonical());
    assertTrue(report.quoteText().startsWith("Both ministries"), report.quoteText());
  }

  @Test
  void theRestOfAnInterruptedPartialQuoteIsPartialToo() {
    String text = "The \"anger is like nothing I have seen,\" Ann Holt told reporters, \"and I hope we can end it.\"";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
    List<Quote> partials = ofKind(quotes, "partial");
    assertEquals(2, partials.size(), quotes.toString());
    assertEquals("Ann Holt", partials.get(1).speakerCanonical());
  }

  @Test
  void aQuoteAfterAMixedReportInTheSameParagraphGoesOnWithIt() {
    String text = "The shelters are \"not keeping up with the need,\" says Ann Holt, who runs one of them. \"We are always full.\"";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
    assertEquals("Ann Holt", ofKind(quotes, "partial").get(1).speakerCanonical());
  }

  @Test
  void aQuotedShowNameAfterTheSpeakerLeavesTheNextQuoteWhole() {
    String text = "\"We will win,\" Ann Holt said on \"Town Talk\" on Sunday. \"Nobody else has a plan.\"";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
    assertEquals("Ann Holt", direct.get(1).speakerCanonical());
  }

  @Test
  void aQuotedParagraphAfterAMixedReportGoesOnWithIt() {
    String text = "Holt shot back in a statement, saying she has \"made money in bad markets.\"\n\n"
        + "\"Frankly, this is the kind of thinking the town needs.\"\n";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
    assertEquals(2, ofKind(quotes, "partial").size(), quotes.toString());
  }

  @Test
  void aQuotedParagraphAfterAShowNameInAnAttributionStaysWhole() {
    String text = "\"We will win,\" Ann Holt said on \"Town Talk.\"\n\n\"Nobody else has a plan.\"\n";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
  }

  @Test
  void aListOfQuotedWordsInOneReportedSentenceIsAllPartial() {
    String text = "Ann Holt called the mayor a \"bully,\" a \"liar,\" \"unfit to serve\" and \"a disgrace to this town.\"";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
  }

  @Test
  void wordsANamingVerbGivesItsObjectArePartial() {
    String text = "They are the loudest voices on the council (or, as one columnist dubbed them last month, \"the armchair generals of city hall\").";
    List<Quote> quotes = find(text);
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
  }

  @Test
  void aOneWordQuoteWithoutACueIsAName() {
    List<Quote> quotes = find("Watch the first episode of the series, \"Harvest,\" here.");
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
  }

  @Test
  void aLowerCaseQuoteAfterADashIsAnApposition() {
    List<Quote> quotes = find("Ann Holt thanked the mayor - \"our oldest ally.\"");
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
  }

  @Test
  void aQuoteGoesOnOverParagraphsOnlyInTheMarksItBeganWith() {
    String text = "\"The mayor stepped up to the podium, shouting “Go team!”\n\n“That's right, Ben,” Ann Holt said to him.\n";
    Quote q = ofKind(find(text), "direct").stream().filter(d -> d.quoteText().startsWith("That's right")).findFirst()
        .orElseThrow();
    assertEquals("That's right, Ben,", q.quoteText());
    assertEquals("Ann Holt", q.speakerCanonical());
  }

  @Test
  void aMarkThatNeverClosesWithNoSpeakerIsNoQuotation() {
    String text = "The piece ran on Sunday.\n\n\"When she met him again, at a fair last May, she was tired.\n\n"
        + "“Here he is,” Ann Holt said.\n";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(1, direct.size(), direct.toString());
    assertEquals("Here he is,", direct.get(0).quoteText());
  }

  @Test
  void aQuoteThatIsTheSubjectOfAVerbIsATitle() {
    List<Quote> quotes = find("Ann Holt's column, \"Tell your own story, Ben,\" is a fine read.");
    assertTrue(ofKind(quotes, "direct").isEmpty(), quotes.toString());
  }
}
