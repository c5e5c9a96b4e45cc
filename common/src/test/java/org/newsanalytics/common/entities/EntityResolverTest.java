package org.newsanalytics.common.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

class EntityResolverTest {
  private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.loadDefault());

  /** Raw model mentions: every occurrence of each surface string, with the model's label. */
  private static List<EntityMention> raw(String text, Map<String, String> labels) {
    List<EntityMention> out = new ArrayList<>();
    labels.forEach((surface, label) -> {
      for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
        boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
        int end = i + surface.length();
        boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
        if (wordStart && wordEnd) {
          out.add(new EntityMention(0, i, end, surface, label, null, "model", 0.8));
        }
      }
    });
    // a model never overlaps itself: keep the longest of overlapping strings
    out.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
    List<EntityMention> kept = new ArrayList<>();
    for (EntityMention m : out) {
      if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= m.begin()) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static List<EntityMention> resolve(String text, Map<String, String> labels) {
    ArticleDoc doc = new ArticleDoc("a1", LocalDate.of(2025, 7, 22), text, SentenceSplitter.split(text), raw(text, labels));
    return RESOLVER.resolve(doc);
  }

  private static Set<String> canonicalsOf(List<EntityMention> ms, String... surfaces) {
    Set<String> wanted = Set.of(surfaces);
    return ms.stream().filter(m -> wanted.contains(m.text())).map(EntityMention::canonicalName).collect(Collectors.toSet());
  }

  @Test

  @NeedsSharedData
  void seedArticlePeoplePlacesAndAgenciesCarryOneCanonicalNameEach() throws Exception {
    Path seed = SharedData.path("seed/000_d2f89d4ea617fe1b.txt");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    // what a CoNLL-trained tagger plausibly returns; TASS, RIA and Istanbul deliberately missed
    List<EntityMention> ms = resolve(text, Map.ofEntries(
        Map.entry("Volodymyr Zelenskiyy", "PER"), Map.entry("Zelenskiyy", "PER"), Map.entry("Rustem Umerov", "PER"),
        Map.entry("Umerov", "PER"), Map.entry("Vladimir Putin", "PER"), Map.entry("Putin", "PER"),
        Map.entry("Donald Trump", "PER"), Map.entry("Trump", "PER"), Map.entry("Kremlin spokesman Dmitry Peskov", "PER"),
        Map.entry("Jean-Noël Barrot", "PER"), Map.entry("Barrot", "PER"), Map.entry("Kyiv", "LOC"),
        Map.entry("Moscow", "LOC"), Map.entry("Turkey", "LOC"), Map.entry("Turkiye", "LOC"), Map.entry("Kremlin", "ORG"),
        Map.entry("Ukraine", "LOC"), Map.entry("Russia", "LOC")));
    assertEquals(Set.of("Volodymyr Zelenskyy"), canonicalsOf(ms, "Zelenskiyy", "Volodymyr Zelenskiyy"));
    assertEquals(Set.of("Rustem Umerov"), canonicalsOf(ms, "Umerov", "Rustem Umerov"));
    assertEquals(Set.of("Vladimir Putin"), canonicalsOf(ms, "Putin", "Vladimir Putin"));
    assertEquals(Set.of("Donald Trump"), canonicalsOf(ms, "Trump", "Donald Trump"));
    assertEquals(Set.of("Dmitry Peskov"), canonicalsOf(ms, "Dmitry Peskov"));
    assertEquals(Set.of("Jean-Noël Barrot"), canonicalsOf(ms, "Barrot", "Jean-Noël Barrot"));
    assertEquals(Set.of("Turkey"), canonicalsOf(ms, "Turkey", "Turkiye"));
    for (EntityMention m : ms) {
      assertNotNull(m.canonicalName(), m.toString());
      switch (m.text()) {
        case "Zelenskiyy", "Umerov", "Putin", "Trump", "Dmitry Peskov", "Barrot" ->
            assertEquals("PERSON", m.coarseType(), m.toString());
        case "Kyiv", "Moscow", "Istanbul", "Turkey", "Turkiye" -> assertEquals("LOC", m.coarseType(), m.toString());
        case "TASS", "RIA", "Kremlin" -> assertEquals("ORG", m.coarseType(), m.toString());
        default -> { }
      }
      assertEquals(m.text(), text.substring(m.begin(), m.end()));
    }
    // missed by the "model", found by the gazetteer
    for (String s : List.of("TASS", "RIA", "Istanbul")) {
      EntityMention m = ms.stream().filter(x -> x.text().equals(s)).findFirst().orElseThrow(() -> new AssertionError(s));
      assertEquals("gazetteer", m.method());
    }
    assertEquals("NEWS_AGENCY", ms.stream().filter(x -> x.text().equals("TASS")).findFirst().orElseThrow().entityType());
    // the title is kept out of the person and the Kremlin before it becomes its own mention
    int peskov = text.indexOf("Dmitry Peskov");
    assertTrue(ms.stream().anyMatch(m -> m.begin() == peskov && m.text().equals("Dmitry Peskov")));
    int kremlin = text.indexOf("Kremlin spokesman");
    assertTrue(ms.stream().anyMatch(m -> m.begin() == kremlin && m.text().equals("Kremlin") && m.coarseType().equals("ORG")));
    assertTrue(ms.stream().noneMatch(m -> m.text().contains("spokesman")));
  }

  @Test
  void aBareSurnameTakesTheFullNameMentionedInTheArticle() {
    String text = "Ivan Petrenko, the mayor, spoke on Monday. Later Petrenko said the water was back.";
    List<EntityMention> ms = resolve(text, Map.of("Ivan Petrenko", "PER", "Petrenko", "PER"));
    assertEquals(2, ms.size());
    assertEquals(Set.of("Ivan Petrenko"), canonicalsOf(ms, "Petrenko", "Ivan Petrenko"));
    assertEquals(List.of("model", "model"), ms.stream().map(EntityMention::method).toList());
    assertEquals(List.of(0, 1), ms.stream().map(EntityMention::sentenceIndex).toList());
  }

  @Test
  void aSurnameWithNoFullNameKeepsItself() {
    List<EntityMention> ms = resolve("Kovalenko declined to comment.", Map.of("Kovalenko", "PER"));
    assertEquals("Kovalenko", ms.get(0).canonicalName());
    assertEquals("PERSON", ms.get(0).entityType());
  }

  @Test
  void unknownNamesGetANormalisedForm() {
    String text = "Staff at the  Kyiv\nSchool of Economics’s office and the Odesa Port Authority.";
    List<EntityMention> ms = resolve(text, Map.of("the  Kyiv\nSchool of Economics’s", "ORG", "Odesa Port Authority", "ORG"));
    assertEquals(List.of("Kyiv\nSchool of Economics", "Odesa Port Authority"), ms.stream().map(EntityMention::text).toList());
    assertEquals(List.of("Kyiv School of Economics", "Odesa Port Authority"),
        ms.stream().map(EntityMention::canonicalName).toList());
    assertEquals(List.of("ORG", "ORG"), ms.stream().map(EntityMention::entityType).toList());
  }

  @Test
  void possessivesAndQuotesAreCutAndTheGazetteerTypesTheModelMention() {
    String text = "“Russia’s” forces advanced.";
    List<EntityMention> ms = resolve(text, Map.of("“Russia’s”", "LOC"));
    assertEquals(1, ms.size());
    EntityMention m = ms.get(0);
    assertEquals("Russia", m.text());
    assertEquals(text.indexOf("Russia"), m.begin());
    assertEquals("COUNTRY", m.entityType());
    assertEquals("LOC", m.coarseType());
    assertEquals("model", m.method());
    assertEquals(0.8, m.confidence());
  }

  @Test
  void aLongerGazetteerNameReplacesTheModelsFragment() {
    String text = "Umerov is secretary of the National Security and Defence Council now.";
    List<EntityMention> ms = resolve(text, Map.of("Defence Council", "ORG"));
    EntityMention council = ms.stream().filter(m -> m.entityType().equals("GOVERNMENT")).findFirst().orElseThrow();
    assertEquals("National Security and Defence Council", council.text());
    assertEquals("gazetteer", council.method());
    assertEquals(0, ms.stream().filter(m -> m.text().equals("Defence Council")).count());
  }

  @Test
  void aModelMentionContainingAnAliasWins() {
    String text = "He works for the Kyiv Independent newspaper.";
    List<EntityMention> ms = resolve(text, Map.of("Kyiv Independent", "ORG"));
    assertEquals(List.of("Kyiv Independent"), ms.stream().map(EntityMention::text).toList());
    assertEquals("ORG", ms.get(0).entityType());
  }

  @Test
  void theDotOfAnAbbreviationStaysButASentenceFullStopGoes() {
    String text = "Talks with the U.S. went well, said Kovalenko.";
    List<EntityMention> ms = resolve(text, Map.of("U.S.", "LOC", "Kovalenko.", "PER"));
    assertEquals(List.of("U.S.", "Kovalenko"), ms.stream().map(EntityMention::text).toList());
    assertEquals(List.of("United States", "Kovalenko"), ms.stream().map(EntityMention::canonicalName).toList());
    assertEquals("COUNTRY", ms.get(0).entityType());
  }
}
