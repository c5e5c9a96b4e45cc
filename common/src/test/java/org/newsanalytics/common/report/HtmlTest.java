package org.newsanalytics.common.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain|plain",
      "a < b & c > d|a &lt; b &amp; c &gt; d",
      "\"quoted\" 'single'|&quot;quoted&quot; &#39;single&#39;",
      "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
      "&amp;|&amp;amp;"})
  void escapesMarkup(String in, String out) {
    assertEquals(out, Html.escape(in));
  }

  @Test
  void nullIsEmptyAndControlCharactersBecomeSpaces() {
    assertEquals("", Html.escape(null));
    assertEquals("a b\tc\n", Html.escape("a\u0001b\tc\n"));
  }

  @Test
  void tableEscapesCellsAndSaysWhenEmpty() {
    TableData t = new TableData(List.of("who", "said"), List.of(List.of("A&B", "<b>x</b>")), "none");
    assertEquals("<table>\n<thead><tr><th>who</th><th>said</th></tr></thead>\n<tbody>\n"
        + "<tr><td>A&amp;B</td><td>&lt;b&gt;x&lt;/b&gt;</td></tr>\n</tbody>\n</table>\n", Html.table(t));
    assertEquals("<p class=\"empty\">No quotes &lt;yet&gt;.</p>\n",
        Html.table(new TableData(List.of("who"), List.of(), "No quotes <yet>.")));
  }

  @Test
  void aRowOfTheWrongWidthFailsByName() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new TableData(List.of("a", "b"), List.of(List.of("1")), "none"));
    assertEquals("Cannot make table: row has 1 cells, headers 2 [a, b]", e.getMessage());
  }

  @Test
  void nullCellsAreEmpty() {
    java.util.List<String> row = new java.util.ArrayList<>();
    row.add(null);
    assertEquals(List.of(""), new TableData(List.of("a"), List.of(row), "none").rows().get(0));
  }
}
