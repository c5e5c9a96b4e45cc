package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteCueLoaderTest {
  private static final String VALID = """
      verbs:
        say: [say, says, said]
        tell: [told]
        quote: [quoted]
        point_out: [pointed out]
      addressee_verbs: [tell]
      intro_verbs: [say]
      report_verbs: [quote]
      source_phrases: [according to]
      titles: [spokesman]
      organisations: [Kremlin]
      organisation_words: [ministry]
      speaker_nouns: [officials]
      pronouns:
        person: [he, she]
        group: [they]
      """;

  @Test
  void theProjectCueFileLoadsWithTheCommonCues() {
    QuoteCues cues = QuoteCueLoader.loadDefault();
    assertEquals("say", cues.lemmaOf("said"));
    assertEquals("say", cues.lemmaOf("Says"));
    assertEquals("tell", cues.lemmaOf("told"));
    for (String cue : new String[] {"added", "noted", "warned", "stressed", "quoted"}) {
      assertTrue(cues.lemmaOf(cue) != null, cue);
    }
    assertTrue(cues.sourcePhrases().contains("according to"));
    assertTrue(cues.addresseeLemmas().contains("tell"));
    assertTrue(cues.titles().contains("spokesman"));
  }

  @Test
  void objectVerbsAreOptionalAndMustBeListedLemmas() {
    assertTrue(QuoteCueLoader.parse("mine.yaml", VALID).objectLemmas().isEmpty());
    QuoteCues cues = QuoteCueLoader.parse("mine.yaml", VALID + "object_verbs: [Tell]\n");
    assertEquals(java.util.Set.of("tell"), cues.objectLemmas());
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID + "object_verbs: [praise]\n"));
    assertEquals("Cannot load cue file x.yaml: 'object_verbs' names 'praise', which is not a lemma under 'verbs'",
        e.getMessage());
  }

  @Test
  void questionVerbsAreOptionalAndMustBeListedLemmas() {
    assertTrue(QuoteCueLoader.parse("mine.yaml", VALID).questionLemmas().isEmpty());
    QuoteCues cues = QuoteCueLoader.parse("mine.yaml", VALID + "question_verbs: [tell]\nquestion_words: [Whether]\n");
    assertEquals(java.util.Set.of("tell"), cues.questionLemmas());
    assertEquals(java.util.Set.of("whether"), cues.questionWords());
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID + "question_verbs: [ask]\n"));
    assertEquals("Cannot load cue file x.yaml: 'question_verbs' names 'ask', which is not a lemma under 'verbs'",
        e.getMessage());
  }

  @Test
  void indirectOnlyVerbsAreOptionalAndMustBeListedLemmas() {
    assertTrue(QuoteCueLoader.parse("mine.yaml", VALID).indirectOnlyLemmas().isEmpty());
    QuoteCues cues = QuoteCueLoader.parse("mine.yaml", VALID + "indirect_only_verbs: [Point_Out]\n");
    assertEquals(java.util.Set.of("point_out"), cues.indirectOnlyLemmas());
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID + "indirect_only_verbs: [decline]\n"));
    assertEquals("Cannot load cue file x.yaml: 'indirect_only_verbs' names 'decline', which is not a lemma under 'verbs'",
        e.getMessage());
  }

  @Test
  void impressionVerbsAreOptionalAndMustBeListedLemmas() {
    assertTrue(QuoteCueLoader.parse("mine.yaml", VALID).impressionLemmas().isEmpty());
    QuoteCues cues = QuoteCueLoader.parse("mine.yaml", VALID + "impression_verbs: [Say]\n");
    assertEquals(java.util.Set.of("say"), cues.impressionLemmas());
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID + "impression_verbs: [seem]\n"));
    assertEquals("Cannot load cue file x.yaml: 'impression_verbs' names 'seem', which is not a lemma under 'verbs'",
        e.getMessage());
  }

  @Test
  void anIndirectOnlyFormIsACueOfReportsAlone() {
    QuoteCues cues = QuoteCueLoader.parse("mine.yaml", VALID + "indirect_only_verbs: [point_out]\n");
    CueIndex index = new CueIndex(cues, PersonGenders.loadDefault());
    String text = "she pointed out the cost";
    java.util.List<Token> tokens = Token.tokenize(text, 0, text.length());
    assertEquals(0, index.cueLength(tokens, 1, false));
    assertEquals(2, index.cueLength(tokens, 1, true));
  }

  @Test
  void aValidFileGivesItsWordsInLowerCase() {
    QuoteCues cues = QuoteCueLoader.parse("mine.yaml", VALID);
    assertEquals("point_out", cues.lemmaOf("pointed out"));
    assertTrue(cues.organisations().contains("kremlin"));
    assertTrue(cues.isPronoun("She"));
    assertEquals(null, cues.lemmaOf("shouted"));
  }

  @Test
  void aFileOnDiskIsNamedInItsErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cues.yaml");
    Files.writeString(file, VALID.replace("titles: [spokesman]\n", ""));
    QuoteRulesException e = assertThrows(QuoteRulesException.class, () -> QuoteCueLoader.load(file));
    assertEquals("Cannot load cue file " + file + ": missing key 'titles'", e.getMessage());
  }

  @Test
  void aMissingFileSaysSo(@TempDir Path dir) {
    QuoteRulesException e = assertThrows(QuoteRulesException.class, () -> QuoteCueLoader.load(dir.resolve("none.yaml")));
    assertEquals("Cannot load cue file " + dir.resolve("none.yaml") + ": cannot be read (no such file)", e.getMessage());
  }

  @Test
  void brokenYamlNamesTheLine() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("broken.yaml", "verbs:\n  say: [said\ntitles: [x]\n"));
    assertTrue(e.getMessage().startsWith("Cannot load cue file broken.yaml: not valid YAML at line "), e.getMessage());
  }

  @Test
  void anUnknownKeyIsRefusedWithTheKnownOnes() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID + "verb_forms: [said]\n"));
    assertEquals("Cannot load cue file x.yaml: unknown key 'verb_forms', expected one of [verbs, addressee_verbs, "
        + "intro_verbs, report_verbs, object_verbs, open_subject_verbs, question_verbs, question_words, "
        + "impression_verbs, indirect_only_verbs, source_phrases, titles, organisations, organisation_words, speaker_nouns, pronouns, after_quote_verbs]", e.getMessage());
  }

  @Test
  void anEmptyListIsRefused() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID.replace("titles: [spokesman]", "titles: []")));
    assertEquals("Cannot load cue file x.yaml: 'titles' must be a non-empty list", e.getMessage());
  }

  @Test
  void aNonWordItemIsRefused() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID.replace("speaker_nouns: [officials]", "speaker_nouns: [officials, {a: b}]")));
    assertEquals("Cannot load cue file x.yaml: 'speaker_nouns' holds {\"a\":\"b\"}, expected a non-empty word", e.getMessage());
  }

  @Test
  void aFormUnderTwoLemmasIsRefused() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID.replace("tell: [told]", "tell: [told, said]")));
    assertEquals("Cannot load cue file x.yaml: form 'said' is listed under both 'say' and 'tell'", e.getMessage());
  }

  @Test
  void anAddresseeVerbMustBeALemma() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID.replace("addressee_verbs: [tell]", "addressee_verbs: [told]")));
    assertEquals("Cannot load cue file x.yaml: 'addressee_verbs' names 'told', which is not a lemma under 'verbs'",
        e.getMessage());
  }

  @Test
  void verbsMustMapLemmasToForms() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID.replace("verbs:\n  say: [say, says, said]\n  tell: [told]\n  quote: [quoted]\n"
            + "  point_out: [pointed out]\n", "verbs: [said]\n")));
    assertEquals("Cannot load cue file x.yaml: 'verbs' must map each lemma to a list of forms", e.getMessage());
  }

  @Test
  void pronounsNeedBothLists() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> QuoteCueLoader.parse("x.yaml", VALID.replace("  group: [they]\n", "")));
    assertEquals("Cannot load cue file x.yaml: missing key 'group'", e.getMessage());
  }

  @Test
  void anEmptyFileIsRefused() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class, () -> QuoteCueLoader.parse("x.yaml", ""));
    assertTrue(e.getMessage().startsWith("Cannot load cue file x.yaml: expected a mapping"), e.getMessage());
  }
}
