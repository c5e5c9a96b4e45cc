package org.newsanalytics.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputFormatTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
      "000_d2f89d4ea617fe1b.txt, TEXT",
      "NOTES.TXT, TEXT",
      "articles.jsonl, JSONL",
      "articles.ndjson, JSONL",
      "articles.json, JSONL",
      "articles.csv, CSV",
      "part-0001.parquet, PARQUET",
      "reut2-000.sgm, REUTERS_SGML",
      "reut2-000.SGML, REUTERS_SGML",
      "CC-NEWS-20240101-00000.warc.gz, WARC",
      "crawl.warc, WARC",
      "IAH-2008.arc.gz, WARC",
      "IAH-2008.ARC, WARC",
      "page.html, HTML",
      "page.HTM, HTML",
      "page.xhtml, HTML",
      "page.html.gz, HTML"})
  void formatFromFileName(String name, InputFormat expected) {
    assertEquals(Optional.of(expected), InputFormat.fromFileName(name));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"articles.csv.gz", "page.gz", "archive.warc.bz2", "dump.txt.bz2", "corpus.zip", "README", "data.xml", "csv", "file.tsv"})
  void noFormatFromAnUninformativeName(String name) {
    assertEquals(Optional.empty(), InputFormat.fromFileName(name));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @EnumSource(InputFormat.class)
  void cliNameRoundTrips(InputFormat format) {
    assertEquals(format, InputFormat.fromCliName(format.cliName()));
    assertEquals(format, InputFormat.fromCliName(format.cliName().toUpperCase()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"REUTERS_SGML, reuters-sgml", "JSONL, jsonl", "AUTO, auto"})
  void cliNameIsLowerCaseWithDashes(InputFormat format, String expected) {
    assertEquals(expected, format.cliName());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"reuters_sgml", "xml", "", "txt"})
  void unknownCliNameListsTheValidOnes(String value) {
    var e = assertThrows(IllegalArgumentException.class, () -> InputFormat.fromCliName(value));
    assertEquals("Cannot use format '" + value + "': expected one of auto, text, jsonl, csv, parquet, reuters-sgml, warc, html",
        e.getMessage());
  }
}
