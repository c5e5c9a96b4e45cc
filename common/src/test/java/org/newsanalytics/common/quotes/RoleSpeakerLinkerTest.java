package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.extract.SentenceSplitter;

class RoleSpeakerLinkerTest {
  private static final QuoteFinder FINDER = new QuoteFinder();
  private static final RoleSpeakerLinker LINKER = new RoleSpeakerLinker();

  /** The article with every listed name marked as a PERSON, each occurrence; "Kowal" stands for "Anna Kowal". */
  private static ArticleDoc article(String text, String... people) {
    List<SentenceSpan> sentences = SentenceSplitter.split(text);
    List<EntityMention> entities = new ArrayList<>();
    for (String name : people) {
      String canonical = name.contains(" ") ? name : fullName(people, name);
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
        int sentence = 0;
        for (SentenceSpan s : sentences) {
          if (s.begin() <= at) {
            sentence = s.index();
          }
        }
        entities.add(new EntityMention(sentence, at, at + name.length(), name, "PERSON", canonical, "test", 1.0));
      }
    }
    entities.sort((a, b) -> a.begin() - b.begin());
    // a surname alone is also found inside the full name: keep the longer mention
    entities.removeIf(e -> entities.stream().anyMatch(o -> o != e && o.begin() <= e.begin() && o.end() >= e.end()
        && o.end() - o.begin() > e.end() - e.begin()));
    return new ArticleDoc("a", LocalDate.of(2024, 5, 6), text, sentences, entities);
  }

  private static String fullName(String[] people, String surname) {
    for (String p : people) {
      if (p.endsWith(" " + surname)) {
        return p;
      }
    }
    return surname;
  }

  private static Quote quoteOf(ArticleDoc doc, String start) {
    return LINKER.link(doc, FINDER.find(doc)).stream().filter(q -> q.quoteText().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in " + FINDER.find(doc)));
  }

  @Test
  void anOfficeIsThePersonTheArticleTitlesSo() {
    ArticleDoc doc = article("President of Freedonia Anna Kowal visited the new bridge on Monday. "
        + "\"We will build ten more,\" the President said.", "Anna Kowal");
    Quote q = quoteOf(doc, "We will build");
    assertEquals("Anna Kowal", q.speakerCanonical());
    assertEquals(RoleSpeakerLinker.LINKED, q.speakerType());
    assertEquals("the President", q.speakerText().replaceFirst("^The", "the"));
  }

  @Test
  void theArticlesOwnPresidentBeatsTheNearerForeignOne() {
    ArticleDoc doc = article("President of Freedonia Anna Kowal spoke by phone with Sylvanian President Marek Dob. "
        + "Kowal thanked her counterpart for the grain deliveries. "
        + "\"Our nations will trade more next year,\" the Head of State said. "
        + "\"Sylvania keeps its promises,\" the President of Sylvania said.", "Anna Kowal", "Marek Dob", "Kowal");
    assertEquals("Anna Kowal", quoteOf(doc, "Our nations").speakerCanonical());
    assertEquals("Marek Dob", quoteOf(doc, "Sylvania keeps").speakerCanonical());
  }

  @Test
  void aTitleInAppositionCounts() {
    ArticleDoc doc = article("Ines Varga, the foreign minister, met the envoys in the capital. "
        + "\"The border stays open,\" the minister told reporters.", "Ines Varga");
    assertEquals("Ines Varga", quoteOf(doc, "The border").speakerCanonical());
  }

  @Test
  void anOfficeNobodyHoldsInTheArticleIsUnknown() {
    ArticleDoc doc = article("The harbour reopened after the storm. \"Taxes on fuel will fall,\" the minister said.");
    Quote q = quoteOf(doc, "Taxes on fuel");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
    assertEquals("UNKNOWN", q.speakerType());
  }

  @Test
  void aDocumentSpeaksForWhoeverSentIt() {
    ArticleDoc doc = article("Anna Kowal sent a message of support to the flooded villages. "
        + "The message reads: \"Help is on its way to every family.\"", "Anna Kowal");
    assertEquals("Anna Kowal", quoteOf(doc, "Help is on").speakerCanonical());
  }

  @Test
  void aGroupIsNoOneSpeaker() {
    ArticleDoc doc = article("Anna Kowal met Marek Dob in the capital. \"Trade will double,\" both leaders said.",
        "Anna Kowal", "Marek Dob");
    Quote q = quoteOf(doc, "Trade will");
    assertEquals(Quote.UNKNOWN_SPEAKER, q.speakerCanonical());
    assertEquals(RoleSpeakerLinker.GROUP, q.speakerType());
  }

  @Test
  void anOfficeCutBeforeItsOfIsReadWhole() {
    ArticleDoc doc = article("President of Freedonia Anna Kowal opened the session. According to the Head of State, "
        + "\"the reform starts in spring.\"", "Anna Kowal");
    assertEquals("Anna Kowal", quoteOf(doc, "the reform").speakerCanonical());
  }

  @Test
  void anUnnamedSourceIsLeftAsFound() {
    ArticleDoc doc = article("\"The talks will resume in June,\" a senior official said.");
    Quote q = quoteOf(doc, "The talks");
    assertFalse(q.speakerType().equals(RoleSpeakerLinker.LINKED) || q.speakerType().equals("UNKNOWN"), q.toString());
  }
}
