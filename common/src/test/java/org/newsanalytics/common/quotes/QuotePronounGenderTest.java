package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsanalytics.common.quotes.QuoteFinderTest.find;
import static org.newsanalytics.common.quotes.QuoteFinderTest.only;

import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.Quote;

/** "He" and "she" go to the nearest earlier speaker or person whose gender does not contradict them. */
class QuotePronounGenderTest {
  @Test
  void sheSkipsTheLastSpeakerWhenHeIsAMan() {
    String text = "Hillary Clinton said on Monday that the plan was reckless. Donald Trump said the plan was sound.\n\n"
        + "“We will fight it,” she said.";
    assertEquals("Hillary Clinton", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void heSkipsTheLastSpeakerWhenSheIsAWoman() {
    String text = "Bernie Sanders said on Monday that the plan was reckless. Elizabeth Warren said the plan was weak.\n\n"
        + "“We will fight it,” he said.";
    assertEquals("Bernie Sanders", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void aTitleGivesTheGenderWhenTheFirstNameDoesNot() {
    String text = "Congresswoman Robin Kelly said the bill was dead. Senator Bob Casey said it could still pass.\n\n"
        + "“It is not over,” she said.";
    assertEquals("Robin Kelly", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void anHonorificBeforeASurnameGivesTheGender() {
    String text = "Ms. Lind arrived in Berlin after Mr. Weber said the talks had failed.\n\n"
        + "“We will try again,” she said.";
    assertEquals("Lind", only(find(text), "direct").speakerCanonical());
  }

  @Test
  void aPersonOfUnknownGenderFitsEitherPronoun() {
    String tail = "“We will try again,” %s said.";
    for (String pronoun : new String[] {"he", "she"}) {
      String text = "Kim Novak said the talks had failed.\n\n" + tail.formatted(pronoun);
      assertEquals("Kim Novak", only(find(text), "direct").speakerCanonical(), pronoun);
    }
  }

  @Test
  void aPronounWithOnlyPeopleOfTheOtherGenderBeforeItStaysUnknown() {
    String text = "Donald Trump said the wall would be built.\n\n“It will not,” she said.";
    Quote q = only(find(text), "direct");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
    assertEquals("she", q.speakerText());
  }
}
