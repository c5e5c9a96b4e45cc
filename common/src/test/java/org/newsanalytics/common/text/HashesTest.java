package org.newsanalytics.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HashesTest {

  @Test
  void isTheFirst128BitsOfSha256OverPartsEachFollowedByUnitSeparator() {
    // printf 'abc\x1f' | sha256sum -> d5e9267952b38b2580c2e845cb5f9277848e1069a3d523ad92f375383b146953
    assertEquals("d5e9267952b38b2580c2e845cb5f9277", Hashes.id("abc"));
    // printf 'url\x1fhttps://example.com/a\x1f' | sha256sum -> bf2eda0bb0f94931a972a20b5015ec37...
    assertEquals("bf2eda0bb0f94931a972a20b5015ec37", Hashes.id("url", "https://example.com/a"));
  }

  @Test
  void isThirtyTwoLowerCaseHexCharacters() {
    assertTrue(Hashes.id("anything", "at", "all").matches("[0-9a-f]{32}"));
  }

  @Test
  void partBoundariesMatter() {
    assertNotEquals(Hashes.id("ab", "c"), Hashes.id("a", "bc"));
    assertNotEquals(Hashes.id("abc"), Hashes.id("abc", ""));
  }

  @Test
  void nullPartIsEmpty() {
    assertEquals(Hashes.id("a", ""), Hashes.id("a", null));
  }
}
