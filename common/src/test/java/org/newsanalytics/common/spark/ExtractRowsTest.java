package org.newsanalytics.common.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.Analysis;

/** The executor function's contract, without Spark: one failing article does not take the others down. */
class ExtractRowsTest {
  private static final StructType INPUT = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("published_date", DataTypes.DateType)
      .add("text", DataTypes.StringType);

  private static Row article(String id, String text) {
    return new GenericRowWithSchema(new Object[] {id, Date.valueOf("2025-08-05"), text}, INPUT);
  }

  private static List<Row> run(ExtractRows rows, Row... articles) {
    List<Row> out = new ArrayList<>();
    rows.call(List.of(articles).iterator()).forEachRemaining(out::add);
    return out;
  }

  @Test
  void anArticleWhoseAnalysisThrowsGetsAFailureAndTheNextIsStillAnalysed() {
    ExtractRows rows = new ExtractRows(doc -> {
      if (doc.text().contains("poison")) {
        throw new IllegalStateException("rule blew up\non two lines");
      }
      return new Analysis(List.of(), List.of(), List.of());
    });
    List<Row> out = run(rows, article("a", "The poison pill."), article("b", "A quiet day."));

    assertEquals(2, out.size(), "every article read comes out");
    Row failed = out.get(0);
    assertEquals("a", failed.getString(0));
    String failure = failed.getString(ExtractRows.SCHEMA.fieldIndex("failure"));
    assertTrue(failure.startsWith("IllegalStateException: rule blew up on two lines (at ExtractRowsTest."), failure);
    assertFalse(failure.contains("\n"), "one line");
    assertEquals(0, ((Row[]) failed.get(ExtractRows.SCHEMA.fieldIndex("quotes"))).length);
    assertNull(out.get(1).get(ExtractRows.SCHEMA.fieldIndex("failure")));
  }

  @Test
  void theFailureNamesTheProjectFrameNotTheLibraryOneAndIsBounded() {
    RuntimeException deep = new NullPointerException("x".repeat(1000));
    deep.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("java.util.ImmutableCollections$SetN", "contains", "ImmutableCollections.java", 10),
        new StackTraceElement("org.newsanalytics.common.quotes.IndirectSpeechFinder", "contentEnd", "IndirectSpeechFinder.java", 42)});
    String line = ExtractRows.failure(deep);
    assertTrue(line.length() <= 400, "bounded: " + line.length());

    RuntimeException shortOne = new NullPointerException(null);
    shortOne.setStackTrace(deep.getStackTrace());
    assertEquals("NullPointerException (at IndirectSpeechFinder.contentEnd:42)", ExtractRows.failure(shortOne));
  }
}
