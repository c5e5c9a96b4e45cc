package org.newsanalytics.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsanalytics.common.ingest.ColumnMapping.Field;

class ColumnMappingTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"body", "date", "headline", "", "  ", "texts"})
  void unknownFieldNamesTheValidOnes(String name) {
    var e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse(Map.of(name, "col")));
    assertEquals("Cannot map unknown field '" + name + "': expected one of url, title, published, text, source",
        e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "   "})
  void emptyColumnNameIsRefused(String column) {
    var e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse(Map.of("text", column)));
    assertEquals("Cannot map field 'text' to an empty column name", e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] {0} in {1}")
  @CsvSource(delimiter = '|', textBlock = """
      TEXT      | url;date;title;text          | text
      TEXT      | Link;Headline;Date;Body      | Body
      TEXT      | ID;CONTENT                   | CONTENT
      TEXT      | text;body                    | text
      TEXT      | body;text                    | text
      TITLE     | link;headline;date;body      | headline
      URL       | LINK;HEADLINE                | LINK
      PUBLISHED | link;headline;Date;body      | Date
      PUBLISHED | published_at;date            | published_at
      PUBLISHED | Date ;text                   | 'Date '
      SOURCE    | Outlet;text                  | Outlet
      """)
  void defaultsResolveTheUsualNamesCaseInsensitively(Field field, String columns, String expected) {
    assertEquals(Optional.of(expected), ColumnMapping.defaults().resolve(field, List.of(columns.split(";"))));
  }

  @Test
  void defaultsResolveToEmptyWhenNoUsualNameIsPresent() {
    assertEquals(Optional.empty(), ColumnMapping.defaults().resolve(Field.URL, List.of("id", "text")));
  }

  @Test
  void explicitMappingOverridesTheAliases() {
    ColumnMapping mapping = ColumnMapping.parse(Map.of("text", "story", "Published", "when"));
    List<String> columns = List.of("text", "Story", "date", "WHEN");

    assertEquals(Optional.of("Story"), mapping.resolve(Field.TEXT, columns));
    assertEquals(Optional.of("WHEN"), mapping.resolve(Field.PUBLISHED, columns));
    assertEquals(Optional.empty(), mapping.missing(columns));
  }

  @Test
  void explicitMappingPrefersTheExactCase() {
    ColumnMapping mapping = ColumnMapping.parse(Map.of("text", "Body"));

    assertEquals(Optional.of("Body"), mapping.resolve(Field.TEXT, List.of("body", "Body", "date")));
  }

  @Test
  void explicitMappingToAnAbsentColumnIsMissing() {
    ColumnMapping mapping = ColumnMapping.parse(Map.of("text", "story"));
    List<String> columns = List.of("url", "date", "text");

    assertEquals(Optional.empty(), mapping.resolve(Field.TEXT, columns));
    assertEquals(Optional.of("no column 'story' for text (columns: url, date, text)"), mapping.missing(columns));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      url;date;title         | no column for text (columns: url, date, title); name it with --map text=COLUMN
      url;title;body         | no column for published (columns: url, title, body); name it with --map published=COLUMN
      id                     | no column for text (columns: id); name it with --map text=COLUMN
      """)
  void missingRequiredColumnSaysHowToMapIt(String columns, String expected) {
    assertEquals(Optional.of(expected), ColumnMapping.defaults().missing(List.of(columns.split(";"))));
  }

  @Test
  void optionalColumnsMayBeAbsent() {
    assertEquals(Optional.empty(), ColumnMapping.defaults().missing(List.of("date", "text")));
  }

  @Test
  void parsesSeveralPairs() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("url", " href_1 ");
    pairs.put("source", "feed");
    ColumnMapping mapping = ColumnMapping.parse(pairs);

    assertEquals(Optional.of("href_1"), mapping.resolve(Field.URL, List.of("href", "href_1")));
    assertEquals(Optional.of("feed"), mapping.resolve(Field.SOURCE, List.of("source", "feed")));
  }
}
