package org.newsanalytics.common.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTextTest {
  @Test
  void goldSpansPointAtTheEntityCharacters() {
    ConllSentence a = new ConllSentence(0, List.of("Rustem", "Umerov", "went", "to", "Istanbul", "."),
        List.of("B-PER", "I-PER", "O", "O", "B-LOC", "O"));
    ConllSentence b = new ConllSentence(0, List.of("TASS", "said"), List.of("B-ORG", "O"));
    ConllText t = ConllText.of(List.of(a, b), "\n");
    assertEquals("Rustem Umerov went to Istanbul .\nTASS said", t.text());
    assertEquals(List.of(new Span(0, 13, "PER"), new Span(22, 30, "LOC"), new Span(33, 37, "ORG")), t.gold());
    assertEquals(8, t.tokens());
    assertEquals("Istanbul", t.text().substring(22, 30));
  }
}
