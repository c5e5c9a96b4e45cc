package org.newsanalytics.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

  static Stream<Arguments> cleanCases() {
    return Stream.of(
        Arguments.of("CRLF line ends", "one\r\ntwo\r\n\r\nthree", "one\ntwo\n\nthree"),
        Arguments.of("old Mac line ends", "one\rtwo", "one\ntwo"),
        Arguments.of("zero-width characters", "Ky\u200Biv\u200C \u200Dtalks\u2060", "Kyiv talks"),
        Arguments.of("soft hyphen", "nego\u00ADtiations", "negotiations"),
        Arguments.of("byte-order mark", "\uFEFFPeace talks", "Peace talks"),
        Arguments.of("no-break space", "10\u00A0km", "10 km"),
        Arguments.of("tab", "a\tb", "a b"),
        Arguments.of("control characters", "a\u0001b\u0007c\u007Fd", "abcd"),
        Arguments.of("three blank lines", "para one\n\n\n\npara two", "para one\n\npara two"),
        Arguments.of("blank lines holding spaces", "para one\n   \n \t \n\npara two", "para one\n\npara two"),
        Arguments.of("CRLF blank lines", "para one\r\n\r\n\r\n\r\npara two", "para one\n\npara two"),
        Arguments.of("one blank line is kept", "para one\n\npara two", "para one\n\npara two"),
        Arguments.of("trailing spaces", "line one   \nline two\t\n", "line one\nline two"),
        Arguments.of("leading and trailing blank", "\n\n  text  \n\n", "text"),
        Arguments.of("decomposed accent to NFC", "cafe\u0301", "caf\u00E9"),
        Arguments.of("typography kept", "“Yes” — he said’s", "“Yes” — he said’s"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cleanCases")
  void clean(String what, String raw, String expected) {
    assertEquals(expected, TextCleaner.clean(raw));
  }

  @Test
  void cleanOfNullIsEmpty() {
    assertEquals("", TextCleaner.clean(null));
  }

  static Stream<Arguments> sameIdentity() {
    return Stream.of(
        Arguments.of("curly vs straight double quotes", "He said “yes”.", "He said \"yes\"."),
        Arguments.of("guillemets", "«Oui»", "\"Oui\""),
        Arguments.of("curly vs straight apostrophe", "Russia’s state agency", "Russia's state agency"),
        Arguments.of("em dash vs hyphen", "talks — the first", "talks - the first"),
        Arguments.of("en dash vs hyphen", "2024–2025", "2024-2025"),
        Arguments.of("minus sign vs hyphen", "\u22125 degrees", "-5 degrees"),
        Arguments.of("case", "PEACE Talks", "peace talks"),
        Arguments.of("whitespace and line breaks", "Peace  talks\n\nbegin\tnow", "Peace talks begin now"),
        Arguments.of("no-break space and zero width", "Peace\u00A0talks\u200B", "Peace talks"),
        Arguments.of("full-width letters (NFKC)", "ＵＮ talks", "UN talks"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("sameIdentity")
  void normalizeForIdentityIgnoresTypography(String what, String a, String b) {
    assertEquals(TextCleaner.normalizeForIdentity(b), TextCleaner.normalizeForIdentity(a));
  }

  @Test
  void normalizeForIdentityKeepsWords() {
    assertEquals("he said \"yes\" - twice.", TextCleaner.normalizeForIdentity("  He said “yes” — twice.\r\n"));
    assertNotEquals(TextCleaner.normalizeForIdentity("Peace talks"), TextCleaner.normalizeForIdentity("Peace walks"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @NullSource
  @ValueSource(strings = {"", "   ", "\n\t", "\u200B\uFEFF", "--- ... !!!", "“”"})
  void blankWithoutLetterOrDigit(String text) {
    assertTrue(TextCleaner.isBlank(text));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"a", " 7 ", "Київ", "..x.."})
  void notBlankWithALetterOrDigit(String text) {
    assertFalse(TextCleaner.isBlank(text));
  }

  @org.junit.jupiter.api.Test
  void htmlRemnantsAreRemovedButWireAngleBracketsStay() {
    org.junit.jupiter.api.Assertions.assertEquals("Talks resumed & went on.\n\nNext \u2014 more.",
        TextCleaner.clean("<p>Talks resumed &amp; went <b>on</b>.</p><p>Next &mdash; more.</p>"));
    org.junit.jupiter.api.Assertions.assertEquals("<AMERICAN EXPRESS CO> said a < b",
        TextCleaner.clean("<AMERICAN EXPRESS CO> said a < b"));
  }
}
