package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSplitter;

/** Each quote form of issue 4 on sentences written for these tests. */
class QuoteFinderTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  static List<Quote> find(String text, EntityMention... entities) {
    return FINDER.find(new ArticleDoc("a", null, text, SentenceSplitter.split(text), List.of(entities)));
  }

  static List<Quote> ofKind(List<Quote> quotes, String kind) {
    return quotes.stream().filter(q -> q.kind().equals(kind)).toList();
  }

  static Quote only(List<Quote> quotes, String kind) {
    List<Quote> found = ofKind(quotes, kind);
    assertEquals(1, found.size(), kind + " quotes in " + quotes);
    return found.get(0);
  }

  private static String speakerSpan(String text, Quote q) {
    return text.substring(q.speakerBegin(), q.speakerEnd());
  }

  @Test
  void aTwoWordCueBrokenAcrossLinesIsTheSameCue() {
    // wire bodies wrap lines anywhere, also inside "called for" (this threw on a Reuters story)
    String wrapped = "Senator John Smith called\nfor a ban on the imports on Tuesday.";
    String flat = wrapped.replace('\n', ' ');
    Quote q = only(find(wrapped), "indirect");
    assertEquals(only(find(flat), "indirect").toString(), q.toString().replace('\n', ' '));
    assertEquals("John Smith", q.speakerCanonical());
  }

  @Test
  void speakerAfterTheQuote() {
    String text = "\"We will not give up our land,\" Zelenskiy said.";
    Quote q = only(find(text), "direct");
    assertEquals("We will not give up our land,", q.quoteText());
    assertEquals(text.indexOf("We"), q.begin());
    assertEquals("Zelenskiy", q.speakerCanonical());
    assertEquals("Zelenskiy", speakerSpan(text, q));
    assertEquals("said", q.cue());
    assertEquals("PERSON", q.speakerType());
  }

  @Test
  void verbBeforeTheSpeakerAfterTheQuoteWithTheTitleLeftOut() {
    String text = "“The talks were useful,” said Kremlin spokesman Dmitry Peskov.";
    Quote q = only(find(text), "direct");
    assertEquals("Dmitry Peskov", q.speakerCanonical());
    assertEquals("Dmitry Peskov", speakerSpan(text, q));
  }

  @Test
  void speakerBeforeTheQuoteWithAColon() {
    String text = "Finance Minister Anna Lind said: “Prices will fall next year.”";
    Quote q = only(find(text), "direct");
    assertEquals("Prices will fall next year.", q.quoteText());
    assertEquals("Anna Lind", q.speakerCanonical());
    assertEquals("said", q.cue());
  }

  @Test
  void speakerBeforeTheQuoteWithANewsConference() {
    String text = "Prime Minister Mark Rutte told a news conference: \"We stand with Ukraine for as long as it takes.\"";
    Quote q = only(find(text), "direct");
    assertEquals("Mark Rutte", q.speakerCanonical());
    assertEquals("told", q.cue());
  }

  @Test
  void aQuoteOverTwoSentencesIsOneQuote() {
    String text = "“The first round went well. The second will be harder,” Olena Marchuk said.";
    Quote q = only(find(text), "direct");
    assertEquals("The first round went well. The second will be harder,", q.quoteText());
    assertEquals("Olena Marchuk", q.speakerCanonical());
  }

  @Test
  void twoPartsAroundTheCueShareTheSpeakerResolvedThroughThePronoun() {
    String text = "EU Commissioner Marta Kos arrived in Kyiv on Monday.\n\n"
        + "“We are ready to open the first cluster,” she said. “The screening is complete.”";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
    for (Quote q : direct) {
      assertEquals("Marta Kos", q.speakerCanonical());
      assertEquals("she", speakerSpan(text, q));
      assertEquals("PRONOUN_RESOLVED", q.speakerType());
    }
  }

  @Test
  void aQuoteRunningOverParagraphsIsOneQuote() {
    String text = "Senator John Hale said: \"The bill is ready.\n\n\"We will vote on it next week.\"";
    Quote q = only(find(text), "direct");
    assertEquals(text.indexOf("The bill"), q.begin());
    assertEquals(text.indexOf("week.") + "week.".length(), q.end());
    assertEquals("John Hale", q.speakerCanonical());
  }

  @Test
  void aQuoteInterruptedByItsAttributionKeepsTheSpeaker() {
    String text = "“Judges,” Maria Ortiz said, “must be independent of every government.”";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
    assertEquals("Maria Ortiz", direct.get(1).speakerCanonical());
    assertEquals(direct.get(0).speakerBegin(), direct.get(1).speakerBegin());
  }

  @Test
  void dashForm() {
    String text = "\"Peace is possible this year, but not at any price\" – Emmanuel Macron";
    Quote q = only(find(text), "direct");
    assertEquals("Emmanuel Macron", q.speakerCanonical());
    assertEquals("–", q.cue());
  }

  @Test
  void accordingToAfterADirectQuote() {
    String text = "“The convoy was hit twice by drones,” according to Reuters.";
    Quote q = only(find(text), "direct");
    assertEquals("Reuters", q.speakerCanonical());
    assertEquals("ORG", q.speakerType());
    assertEquals("according to", q.cue());
  }

  @Test
  void accordingToWithIndirectContent() {
    String text = "The talks will resume in June, according to the foreign ministry.";
    Quote q = only(find(text), "indirect");
    assertEquals("The talks will resume in June", q.quoteText());
    assertEquals("foreign ministry", q.speakerCanonical());
    assertEquals("according to", q.cue());
  }

  @Test
  void accordingToOpeningTheSentence() {
    String text = "According to a member of the Ukrainian delegation, the two drafts remain incompatible.";
    Quote q = only(find(text), "indirect");
    assertEquals("the two drafts remain incompatible", q.quoteText());
    assertEquals("a member", q.speakerText());
    assertEquals("NOMINAL", q.speakerType());
  }

  @Test
  void theNewYorkTimesTwoApostropheQuotes() {
    String text = "''It keeps the budget honest for once,'' said Marta K. Lindqvist, director of the institute.";
    Quote q = only(find(text), "direct");
    assertEquals("It keeps the budget honest for once,", q.quoteText());
    assertEquals("Marta K. Lindqvist", q.speakerCanonical());
  }

  @Test
  void theNewYorkTimesSpeakerWithAnAppositiveBeforeTheVerb() {
    String text = "``Nobody in the room believed it,'' Sara Quinn, a lawyer for the family, said.";
    Quote q = only(find(text), "direct");
    assertEquals("Sara Quinn", q.speakerCanonical());
  }

  @Test
  void aPartialQuoteInsideAReportedSentence() {
    String text = "Defence Minister Ilse Berg said the proposals were \"dead on arrival\" in their current form.";
    List<Quote> quotes = find(text);
    Quote partial = only(quotes, "partial");
    assertEquals("dead on arrival", partial.quoteText());
    assertEquals("Ilse Berg", partial.speakerCanonical());
    Quote indirect = only(quotes, "indirect");
    assertEquals("the proposals were \"dead on arrival\" in their current form", indirect.quoteText());
    assertTrue(ofKind(quotes, "direct").isEmpty());
  }

  @Test
  void scareQuotesWithoutACueAreNoQuotes() {
    assertTrue(find("The so-called “shadow fleet” carries Russian oil past the straits.").isEmpty());
  }

  @Test
  void quotedTitlesAreNoQuotes() {
    assertTrue(find("“Orange Is the New Black” returned to the streaming service in June.").isEmpty());
  }

  @Test
  void indirectSpeechWithThat() {
    String text = "The Kremlin said that talks with Kyiv would resume next week.";
    Quote q = only(find(text), "indirect");
    assertEquals("talks with Kyiv would resume next week", q.quoteText());
    assertEquals("Kremlin", q.speakerCanonical());
    assertEquals("ORG", q.speakerType());
  }

  @Test
  void indirectSpeechWithoutThatAndAnUnnamedSpeaker() {
    String text = "Officials say the dam was destroyed overnight.";
    Quote q = only(find(text), "indirect");
    assertEquals("the dam was destroyed overnight", q.quoteText());
    assertEquals("Officials", speakerSpan(text, q));
    assertEquals("NOMINAL", q.speakerType());
  }

  @Test
  void quotedAsSaying() {
    String text = "Interfax quoted a military source as saying the convoy had been moved to Belgorod.";
    Quote q = only(find(text), "indirect");
    assertEquals("the convoy had been moved to Belgorod", q.quoteText());
    assertEquals("Interfax", q.speakerCanonical());
    assertEquals("quoted", q.cue());
  }

  @Test
  void toldReportersSkipsTheAddressee() {
    String text = "Kaja Kallas told reporters the sanctions would be adopted on Friday.";
    Quote q = only(find(text), "indirect");
    assertEquals("the sanctions would be adopted on Friday", q.quoteText());
    assertEquals("Kaja Kallas", q.speakerCanonical());
  }

  @Test
  void reportedContentBeforeTheSpeaker() {
    String text = "The strike killed three people, regional governor Ivan Fedorov said.";
    Quote q = only(find(text), "indirect");
    assertEquals("The strike killed three people", q.quoteText());
    assertEquals("Ivan Fedorov", q.speakerCanonical());
  }

  @Test
  void aSecondCueJoinedByButKeepsTheSubject() {
    String text = "The ministry said it had received the note but said the terms were unacceptable.";
    List<Quote> indirect = ofKind(find(text), "indirect");
    assertEquals(2, indirect.size(), indirect.toString());
    assertEquals("it had received the note", indirect.get(0).quoteText());
    assertEquals("the terms were unacceptable", indirect.get(1).quoteText());
    assertEquals(indirect.get(0).speakerCanonical(), indirect.get(1).speakerCanonical());
  }

  @Test
  void headlineWithTheSpeakerAfterAColon() {
    String text = "Ukraine 'must not hit' Moscow: Trump\n\nDonald Trump said on Tuesday that Kyiv should not strike Moscow.";
    List<Quote> quotes = find(text);
    Quote headline = quotes.get(0);
    assertEquals("Ukraine 'must not hit' Moscow", headline.quoteText());
    assertEquals("Donald Trump", headline.speakerCanonical());
    assertEquals(":", headline.cue());
  }

  @Test
  void headlinesWithoutAKnownNameAreNoQuotes() {
    assertTrue(find("Markets: Oil Prices\n\nOil rose on Monday as supply fell.").stream()
        .noneMatch(q -> q.cue() != null && q.cue().equals(":")));
  }

  @Test
  void aPronounGoesToTheLastSpeakerNotTheLastPersonNamed() {
    String text = "Foreign Minister Anna Lind, speaking after talks with Olaf Weber, noted the \"excessive\" demands.\n\n"
        + "\"We need meetings at the highest level,\" she told reporters.";
    Quote q = only(find(text), "direct");
    assertEquals("Anna Lind", q.speakerCanonical());
    assertEquals("she", speakerSpan(text, q));
  }

  @Test
  void anOrganisationCanBeReferredToAsIt() {
    String text = "The foreign ministry said in a statement that the envoy had been summoned.\n\n"
        + "“We reject these accusations entirely,” it said.";
    Quote q = only(find(text), "direct");
    assertEquals("foreign ministry", q.speakerCanonical());
  }

  @Test
  void aQuoteWithNoSpeakerIsMarkedUnknown() {
    Quote q = only(find("“Nobody expected the bridge to fall so quickly.”"), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
    assertEquals("UNKNOWN", q.speakerType());
    assertNull(q.speakerText());
    assertNull(q.speakerBegin());
  }

  @Test
  void aPronounWithNothingBeforeItStaysUnknown() {
    String text = "“It is over,” he said.";
    Quote q = only(find(text), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
    assertEquals("he", q.speakerText());
    assertEquals("UNKNOWN", q.speakerType());
  }

  @Test
  void firstPersonOutsideQuotesIsTheWriter() {
    List<Quote> direct = ofKind(find("“Okay,” I said, “let us begin with the facts of the case.”"), "direct");
    assertEquals(2, direct.size(), direct.toString());
    for (Quote q : direct) {
      assertEquals("(author)", q.speakerCanonical());
      assertEquals("AUTHOR", q.speakerType());
    }
  }

  @Test
  void aSurnameThatIsAlsoATitleAfterAnHonorific() {
    String text = "\"Nobody reads the small print anyway,\" Mr. Bishop said.";
    Quote q = only(find(text), "direct");
    assertEquals("Bishop", q.speakerCanonical());
    assertEquals("Bishop", q.speakerText()); // honorifics stay out of the name, like titles
  }

  @Test
  void aPartyTagIsNotPartOfTheName() {
    String text = "“She would make a fine judge. Not fair, fine,” Rep. Alan J. Morrow (D-Md.) said.";
    Quote q = only(find(text), "direct");
    assertEquals("Alan J. Morrow", q.speakerCanonical());
  }

  @Test
  void aBareSurnameResolvesToTheFullNameMentionedBefore() {
    String text = "Rustem Umerov led the delegation in Istanbul.\n\n“We are ready for a third round,” Umerov said.";
    Quote q = only(find(text), "direct");
    assertEquals("Rustem Umerov", q.speakerCanonical());
    assertEquals("Umerov", q.speakerText());
  }

  @Test
  void entityMentionsGiveTheCanonicalName() {
    String text = "“Our strikes are aimed at the machine of war,” Zelenskiy said.";
    int b = text.indexOf("Zelenskiy");
    EntityMention e = new EntityMention(0, b, b + "Zelenskiy".length(), "Zelenskiy", "PERSON",
        "Volodymyr Zelenskyy", "gazetteer", 1.0);
    Quote q = only(find(text, e), "direct");
    assertEquals("Volodymyr Zelenskyy", q.speakerCanonical());
    assertEquals(b, q.speakerBegin());
  }

  @Test
  void aQuoteIntroducedAtTheEndOfThePreviousParagraph() {
    String text = "Rosa Delgado went on:\n\n\"The water bill is a local matter for most towns.\"";
    Quote q = only(find(text), "direct");
    assertEquals("Rosa Delgado", q.speakerCanonical());
  }

  @Test
  void aStrayStraightMarkDoesNotTurnTheParagraphInsideOut() {
    String text = "Tickets cost 5\" more than last year.\n\n\"They sue,\" he said. \"Everybody sues, right?\"";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(List.of("They sue,", "Everybody sues, right?"), direct.stream().map(Quote::quoteText).toList());
  }

  @Test
  void theObjectOfAnAttitudeVerbIsTheContentUpToTheTimeAdverbial() {
    String text = "Senator Jane Roe praised the new budget on Monday.";
    Quote q = only(find(text), "indirect");
    assertEquals("the new budget", q.quoteText());
    assertEquals("Jane Roe", q.speakerCanonical());
    assertEquals("praised", q.cue());
  }

  @Test
  void aTwoWordObjectCueStopsAtTheNextClause() {
    String text = "Mayor Bill Stone called for a curfew, but the council refused.";
    Quote q = only(find(text), "indirect");
    assertEquals("a curfew", q.quoteText());
    assertEquals("Bill Stone", q.speakerCanonical());
    assertEquals("called for", q.cue());
  }

  @Test
  void anObjectOfOneNameCountsAndStopsBeforeTheNextVerb() {
    String text = "Governor Chris Lane endorsed Cruz last week and has campaigned with him since.";
    Quote q = only(find(text), "indirect");
    assertEquals("Cruz", q.quoteText());
    assertEquals("Chris Lane", q.speakerCanonical());
  }

  @Test
  void aNameAfterALowerCaseRoleFollowingTheCue() {
    String text = "\"Welcome to the city,\" said master of ceremonies Ana Ruiz, a teacher from the county.";
    assertEquals("Ana Ruiz", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void aStateAbbreviationInsideAnAppositionEndsNoSentence() {
    String text = "\"Prices keep rising,\" Tom Hale, a grocer in Dayton, Ohio, and Erie, Pa., said on Monday.";
    assertEquals("Tom Hale", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void theNameInAnAppositionWhenTheRoleBeforeItNamesNobody() {
    String text = "\"We can win the state,\" Smith's campaign manager, Jeff Wade, said in an interview.";
    assertEquals("Jeff Wade", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void theClauseSubjectAfterAFrontedAdverbialSpeaksAfterSaying() {
    String text = "Here in Columbia, Sanders stepped up his campaign, saying, \"We have got to fix the courts.\"";
    assertEquals("Sanders", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void ofInsideATitleKeepsTheSubjectWhole() {
    String text = "Former Secretary of State Mary Albon urged women to vote, saying, \"Nobody else will do it for you.\"";
    assertEquals("Mary Albon", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void aNameMentionedInsideAQuoteIsNoAntecedentOfSheOutsideIt() {
    String text = "\"She can never be as far left as Bernie,\" she said.";
    Quote q = only(find(text), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
  }

  @Test
  void wordsBetweenTwoQuotesWithoutTheSpeakerDoNotJoinThem() {
    String text = "\"We will win,\" Ann Cole said, recalling her race. Because of polls, \"we need them,\" "
        + "Ben Ross said.";
    List<Quote> direct = ofKind(find(text), "direct");
    assertEquals(2, direct.size(), direct.toString());
    assertEquals("Ben Ross", direct.get(1).speakerCanonical());
  }

  @Test
  void aVerbFirstCueAfterWordsOutsideTheQuote() {
    String text = "\"This will be a challenge\" for the party, said Kunin.";
    assertEquals("Kunin", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void reactedIsACueAfterAQuote() {
    String text = "\"What sport is he talking about?\" reacted Trump.";
    assertEquals("Trump", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void theAddresseeOfToldIsNeverTheSpeakerAndAWeekdayMaySitBeforeTheVerb() {
    String text = "Priebus later Thursday told Fox News: “Both men are meeting next week.”";
    Quote q = only(find(text), "direct");
    assertEquals("Priebus", q.speakerCanonical());
  }

  @Test
  void aQuoteThatEndsItsSentenceTakesNoSpeakerFromTheNextSentence() {
    String text = "The hall was full. “Nobody asked us.” But, Tom Reed said, the vote still counts.";
    Quote q = only(find(text), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
  }

  @Test
  void aLowerCaseQuoteAfterAReportedClauseCompletesThatClause() {
    String text = "Paul Ryan says no matter what action Obama takes on guns, “his word does not trump the Constitution.”";
    List<Quote> quotes = find(text);
    assertEquals(0, ofKind(quotes, "direct").size(), quotes.toString());
  }

  @Test
  void aLowerCaseQuoteAfterAFrontedClauseAndTheCueCompletesTheFrontedClause() {
    String text = "In cases of abortion and rape, Trump said, “the woman is a victim in this case.”";
    List<Quote> quotes = find(text);
    assertEquals(0, ofKind(quotes, "direct").size(), quotes.toString());
  }

  @Test
  void aLowerCaseQuoteRightAfterSpeakerAndCueIsWhole() {
    String text = "Still, Tad Devine acknowledged, “we are going to need some big wins at the end.”";
    Quote q = only(find(text), "direct");
    assertEquals("Tad Devine", q.speakerCanonical());
  }

  @Test
  void accordingToTakesAnyNounPhraseAsTheSource() {
    String text = "Clinton now has at least 723 delegates, according to a count by the news agency.";
    Quote q = only(find(text), "indirect");
    assertEquals("Clinton now has at least 723 delegates", q.quoteText());
    assertEquals("a count by the news agency", q.speakerText());
  }

  @Test
  void aFrontedAccordingToWithADocumentAsSource() {
    String text = "According to state law, no one may solicit a vote within 150 feet of a polling place.";
    Quote q = only(find(text), "indirect");
    assertEquals("no one may solicit a vote within 150 feet of a polling place", q.quoteText());
    assertEquals("state law", q.speakerText());
  }

  @Test
  void aFewWordsBeforeSaidSpeakEvenWithoutANameOrSpeakerNoun() {
    String text = "Some of Clinton's longtime allies said they have come to accept his new position.";
    Quote q = only(find(text), "indirect");
    assertEquals("Some of Clinton's longtime allies", q.speakerText());
    assertEquals("they have come to accept his new position", q.quoteText());
  }

  @Test
  void aClauseWithAVerbBeforeTheCueIsNoDescribedSubject() {
    String text = "The plan that Sanders is pushing would add billions of dollars to the debt.";
    assertEquals(0, ofKind(find(text), "indirect").size(), find(text).toString());
  }

  @Test
  void aCueFormThatIsAlsoANounTakesNoDescribedSubject() {
    // "support" is no open-subject verb: "the voters' support" is not speech
    String text = "Their strong grassroots support gives the senator a real chance in the state.";
    assertEquals(0, ofKind(find(text), "indirect").size(), find(text).toString());
  }

  @Test
  void everyQuoteSaysWhichRuleAttributedIt() {
    assertEquals("SaidAfterQuote", only(find("\"The dam will hold,\" Rosa Delgado said."), "direct").attributionRule());
    assertEquals("CueBeforeQuote", only(find("Rosa Delgado said: \"The dam will hold.\""), "direct").attributionRule());
    assertEquals("AccordingTo",
        only(find("The dam will hold through the winter, according to Rosa Delgado."), "indirect").attributionRule());
    assertEquals("SubjectCueContent",
        only(find("Rosa Delgado said the dam would hold through the winter."), "indirect").attributionRule());
    assertEquals("NoSpeaker", only(find("The sign read: \"The dam will hold through the winter.\""), "direct").attributionRule());
  }

  @Test
  void aSecondPersonOrObjectPronounIsNoSpeakerName() {
    Quote q = only(find("You said: \"We will rebuild the bridge by spring.\""), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
    assertEquals("You", q.speakerText()); // the mention stays, like an unresolved "he"
  }
}
