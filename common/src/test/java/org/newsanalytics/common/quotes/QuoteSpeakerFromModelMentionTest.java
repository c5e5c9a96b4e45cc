package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSplitter;

/** Speakers taken from the NER model's mentions, which may cut a name short. */
class QuoteSpeakerFromModelMentionTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private static List<Quote> find(String text, String mention) {
    int begin = text.indexOf(mention);
    EntityMention e = new EntityMention(0, begin, begin + mention.length(), mention, "PERSON", mention, "model", 0.9);
    return FINDER.find(new ArticleDoc("a", null, text, SentenceSplitter.split(text), List.of(e)));
  }

  @Test
  void aMentionThatStartsAtTheMiddleInitialTakesTheFirstNameBeforeIt() {
    String text = "“We will not send more troops,” Daniel K. Whitfield, the mayor’s adviser, said.";
    Quote q = find(text, "K. Whitfield").get(0);
    assertEquals("Daniel K. Whitfield", q.speakerCanonical());
    assertEquals(text.indexOf("Daniel"), q.speakerBegin());
  }

  @Test
  void aTitleBeforeTheInitialIsNoFirstName() {
    String text = "“We will not send more troops,” Senator K. Whitfield said.";
    assertEquals("K. Whitfield", find(text, "K. Whitfield").get(0).speakerCanonical());
  }
}
