package org.newsanalytics.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {
  private static final String PROSE = "The council met on Tuesday, and after a long debate, it voted to rebuild the bridge "
      + "over the river, which had been closed since the spring floods damaged its pillars.";

  private static String extract(String body) {
    return MainTextExtractor.extract(Jsoup.parse("<html><body>" + body + "</body></html>").body());
  }

  @Test
  void keepsParagraphsListItemsAndQuotesOfTheArticle() {
    String text = extract("<nav><a href='/'>Home</a> <a href='/a'>World</a></nav><article><h1>Bridge</h1><p>" + PROSE
        + "</p><ul><li>Cost: two million, say officials</li><li>Opening: next year</li></ul>"
        + "<blockquote>We waited too long, the mayor said.</blockquote><p>" + PROSE + "</p></article>"
        + "<footer>Copyright Example News</footer>");
    assertTrue(text.contains("The council met on Tuesday"), text);
    assertTrue(text.contains("Cost: two million, say officials"), text);
    assertTrue(text.contains("We waited too long, the mayor said."), text);
    assertFalse(text.contains("Home"), text);
    assertFalse(text.contains("Copyright"), text);
  }

  @Test
  void dropsCookieBannersShareBarsCommentsAndRelatedLists() {
    String text = extract("<div class='cookie-banner'><p>We use cookies to improve your experience, click accept.</p></div>"
        + "<div class='content'><p>" + PROSE + "</p><p>" + PROSE + "</p>"
        + "<div class='share-buttons'><a href='#'>Share on Facebook</a></div>"
        + "<h3>Related</h3><div><p><a href='/1'>Another story about the bridge and the river</a></p>"
        + "<p><a href='/2'>A third story about the council and its long debates</a></p></div>"
        + "<div id='comments'><p>Frankly the council squandered our rates again, and nobody asked us.</p></div></div>");
    assertTrue(text.contains("The council met on Tuesday"), text);
    assertFalse(text.contains("cookies"), text);
    assertFalse(text.contains("Share on Facebook"), text);
    assertFalse(text.contains("Another story"), text);
    assertFalse(text.contains("Related"), text);
    assertFalse(text.contains("squandered our rates"), text);
  }

  @Test
  void paragraphsAreSeparatedByBlankLines() {
    assertEquals(PROSE + "\n\n" + PROSE, extract("<main><p>" + PROSE + "</p><p>" + PROSE + "</p></main>"));
  }

  @Test
  void pageWithoutProseHasNoMainText() {
    assertEquals("", extract("<nav><a href='/'>Home</a></nav>"));
  }

  @Test
  void bodyWrittenAsTextAndBreaksInADivBeatsAShortParagraphList() {
    // the body is loose text with <br>, not <p>; the only <p>s on the page are two short teasers elsewhere
    String text = extract("<div class='teasers-box'><p>A short teaser about the weather this weekend, see more.</p>"
        + "<p>Another teaser about a football result from last night here.</p></div>"
        + "<div class='txt'><b>Council:</b> " + PROSE + "<br><br>" + PROSE.replace("bridge", "ferry") + "<br></div>");
    assertTrue(text.contains("Council: The council met on Tuesday"), text);
    assertTrue(text.contains("rebuild the ferry"), text);
    assertFalse(text.contains("football result"), text);
  }

  @Test
  void aBodySplitAcrossWrappersIsReadWholeWhenTheScoredBlockHoldsLessThanHalfOfIt() {
    // one comma-rich paragraph wins the scoring alone; the rest of the body sits in separate wrappers
    String commas = "Officials, residents, engineers, builders, drivers, and shop owners, all of them, came, spoke, "
        + "argued, and left, late, tired, and unconvinced, after the vote.";
    StringBuilder rest = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      rest.append("<section><div><p>Part ").append(i).append(" of the report says the ferry will run until the bridge "
          + "reopens next year</p></div></section>");
    }
    String text = extract("<div id='a'><p>" + commas + "</p></div>" + rest);
    assertTrue(text.contains("Officials, residents"), text);
    assertTrue(text.contains("Part 1 of the report"), text);
    assertTrue(text.contains("Part 3 of the report"), text);
    // a chosen block holding most of the page's paragraphs is kept as it is
    String kept = extract("<div id='a'><p>" + commas + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
        + "<section><div><p>Part 1 of the report says the ferry will run until the bridge reopens</p></div></section>");
    assertFalse(kept.contains("Part 1 of the report"), kept);
  }
}
