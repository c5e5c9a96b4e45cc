package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

/** Issue 4's acceptance on the seed article, with no entity mentions (the finder's own name rules). */
@NeedsSharedData
class SeedArticleQuotesTest {
  private static String text;
  private static List<Quote> quotes;

  @BeforeAll
  static void findQuotes() throws Exception {
    String raw = Files.readString(SharedData.path("seed/000_d2f89d4ea617fe1b.txt"));
    text = raw.replaceFirst("^\\s*date\\s+\\d{4}-\\d{2}-\\d{2}[ \\t]*", "");
    quotes = new QuoteFinder().find(new ArticleDoc("seed", null, text, SentenceSplitter.split(text), List.of()));
  }

  private static List<Quote> kind(String kind) {
    return quotes.stream().filter(q -> q.kind().equals(kind)).toList();
  }

  @Test
  void exactlyFiveDirectQuotesByZelenskiyyPeskovAndBarrot() {
    Map<String, Long> bySpeaker = kind("direct").stream()
        .collect(Collectors.groupingBy(Quote::speakerCanonical, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("Volodymyr Zelenskiyy", 2L, "Dmitry Peskov", 1L, "Jean-Noël Barrot", 2L), bySpeaker);
  }

  @Test
  void peskovsQuoteIsWholeAndHisTitleIsNotPartOfHisName() {
    Quote q = kind("direct").stream().filter(x -> x.speakerCanonical().equals("Dmitry Peskov")).findFirst().orElseThrow();
    assertTrue(q.quoteText().startsWith("There is our draft memorandum"), q.quoteText());
    assertTrue(q.quoteText().endsWith("diametrically opposed so far."), q.quoteText());
    assertEquals("Dmitry Peskov", text.substring(q.speakerBegin(), q.speakerEnd()));
  }

  @Test
  void barrotsTwoPartQuoteGoesThroughThePronoun() {
    List<Quote> barrot = kind("direct").stream().filter(x -> x.speakerCanonical().equals("Jean-Noël Barrot")).toList();
    assertEquals(2, barrot.size());
    assertTrue(barrot.get(0).quoteText().startsWith("Discussions must begin"));
    assertTrue(barrot.get(1).quoteText().startsWith("And diplomacy begins"));
    for (Quote q : barrot) {
      assertEquals("he", q.speakerText());
      assertEquals("PRONOUN_RESOLVED", q.speakerType());
    }
  }

  @Test
  void theSpeakerAfterQuoteIsZelenskiyy() {
    Quote q = kind("direct").stream().filter(x -> x.quoteText().startsWith("Umerov reported")).findFirst().orElseThrow();
    assertEquals("Volodymyr Zelenskiyy", q.speakerCanonical());
    assertEquals("Zelenskiyy", q.speakerText());
    assertEquals("said", q.cue());
  }

  @Test
  void partialQuotesOfTheKremlinAndBarrot() {
    Map<String, String> partial = kind("partial").stream()
        .collect(Collectors.toMap(Quote::quoteText, Quote::speakerCanonical));
    assertEquals(Map.of("diametrically opposed", "Kremlin", "maximalist", "Jean-Noël Barrot"), partial);
  }

  @Test
  void indirectQuotesOfTheAgenciesTheKremlinPutinTrumpAndBarrot() {
    Set<String> speakers = kind("indirect").stream().map(Quote::speakerCanonical).collect(Collectors.toSet());
    for (String s : List.of("TASS", "RIA", "Kremlin", "Vladimir Putin", "Donald Trump", "Jean-Noël Barrot")) {
      assertTrue(speakers.contains(s), s + " in " + speakers);
    }
    Quote tass = kind("indirect").stream().filter(q -> q.speakerCanonical().equals("TASS")).findFirst().orElseThrow();
    assertEquals("the talks would take place on Wednesday", tass.quoteText());
    assertEquals("quoted", tass.cue());
  }

  @Test
  void theHeadlineIsTrumps() {
    Quote q = quotes.stream().filter(x -> ":".equals(x.cue())).findFirst().orElseThrow();
    assertEquals("Ukraine ‘shouldn’t target’ Moscow", q.quoteText());
    assertEquals("Donald Trump", q.speakerCanonical());
  }

  @Test
  void noQuoteHasAnUnknownSpeaker() {
    assertTrue(quotes.stream().noneMatch(q -> q.speakerCanonical().equals(Quote.UNKNOWN_SPEAKER)), quotes.toString());
  }
}
