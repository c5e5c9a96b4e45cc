package org.newsanalytics.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassWordsTest {
  private final ClassWords words = ClassWords.wholeWords("side-?bar", "comments?", "nav");

  @Test
  void optionalHyphenAndLetterExpand() {
    assertEquals(List.of("side-bar", "sidebar", "comments", "comment"), ClassWords.expand("side-?bar", "comments?"));
  }

  @Test
  void wholeWordsMatchOnlyBetweenSeparators() {
    assertTrue(words.matches("left sidebar"));
    assertTrue(words.matches("page_side-bar-wide"));
    assertTrue(words.matches("NAV"));
    assertTrue(words.matches("x-comment y"));
    assertFalse(words.matches("canvas navigator"));
    assertFalse(words.matches("side_bar"));
    assertFalse(words.matches("commentary"));
    assertFalse(words.matches("  "));
  }

  @Test
  void anywhereMatchesInsideNames() {
    ClassWords content = ClassWords.anywhere("article-?body");
    assertTrue(content.matches("c-ArticleBody__main"));
    assertTrue(content.matches("x article-body"));
    assertFalse(content.matches("article body"));
  }
}
