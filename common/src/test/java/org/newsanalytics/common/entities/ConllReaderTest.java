package org.newsanalytics.common.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

class ConllReaderTest {
  private static final String SAMPLE = """
      -DOCSTART- -X- -X- O

      EU NNP B-NP B-ORG
      rejects VBZ B-VP O
      German JJ B-NP B-MISC
      call NN I-NP O
      . . O O

      Peter NNP B-NP B-PER
      Blackburn NNP I-NP I-PER

      -DOCSTART- -X- -X- O

      BRUSSELS NNP B-NP B-LOC
      1996-08-22 CD I-NP O
      """;

  @Test
  void readsSentencesTagsAndDocuments() {
    List<ConllSentence> s = ConllReader.parse(SAMPLE, "sample");
    assertEquals(3, s.size());
    assertEquals(List.of("EU", "rejects", "German", "call", "."), s.get(0).tokens());
    assertEquals(List.of("B-ORG", "O", "B-MISC", "O", "O"), s.get(0).tags());
    assertEquals(List.of(0, 0, 1), s.stream().map(ConllSentence::document).toList());
    assertEquals(List.of(new Span(0, 2, "PER")), s.get(1).entities());
  }

  @Test
  void twoColumnFilesAndCrlfRead() {
    List<ConllSentence> s = ConllReader.parse("Kyiv B-LOC\r\nsays O\r\n\r\nTASS B-ORG\r\n", "x");
    assertEquals(2, s.size());
    assertEquals(List.of(new Span(0, 1, "ORG")), s.get(1).entities());
  }

  @Test
  void aLineWithoutATagIsAnErrorNamingTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConllReader.parse("Kyiv B-LOC\nlonely\n", "bad.txt"));
    assertEquals("Cannot read CoNLL line 2 of bad.txt: expected a token and a tag, got 'lonely'", e.getMessage());
  }

  @Test

  @NeedsSharedData
  void theSharedDevSetHasTheSizeItsSourceStates() throws Exception {
    // SOURCE.txt: dev 216 docs / 3,250 sentences / 51,362 tokens
    Path dev = SharedData.path("gold/ner-conll2003/conllpp_dev.txt");
    List<ConllSentence> s = ConllReader.read(dev);
    assertEquals(3250, s.size());
    assertEquals(51362, s.stream().mapToInt(x -> x.tokens().size()).sum());
    assertEquals(216, s.stream().mapToInt(ConllSentence::document).max().orElseThrow() + 1);
  }
}
