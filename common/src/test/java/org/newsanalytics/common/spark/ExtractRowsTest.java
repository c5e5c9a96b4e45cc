package org.newsanalytics.common.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.Analysis;
import org.newsanalytics.common.extract.EventMention;

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

  private static EventMention attack(LocalDate date, String status) {
    return new EventMention(0, "ATTACK", null, "battle", 10, 16, "The battle.", null, null, null, date,
        "a thousand years ago", "year", status, null, null, null, 0.5);
  }

  private static Row onlyEvent(Row out) {
    Row[] events = (Row[]) out.get(ExtractRows.SCHEMA.fieldIndex("events"));
    assertEquals(1, events.length);
    return events[0];
  }

  @Test
  void aDateBefore1900IsNoEventDateButKeepsItsTextPrecisionAndSaysWhy() {
    ExtractRows rows = new ExtractRows(doc -> new Analysis(List.of(), List.of(),
        List.of(attack(LocalDate.of(1022, 1, 1), "occurred"))));
    Row event = onlyEvent(run(rows, article("a", "The battle.")).get(0));
    assertNull(event.get(ExtractRows.EVENT.fieldIndex("event_date")));
    assertEquals("a thousand years ago", event.get(ExtractRows.EVENT.fieldIndex("date_text")));
    assertEquals("year", event.get(ExtractRows.EVENT.fieldIndex("date_precision")));
    assertEquals("implausible_date", event.get(ExtractRows.EVENT.fieldIndex("status")));
  }

  @Test
  void aPlausibleDateIsWrittenWithItsOwnStatus() {
    ExtractRows rows = new ExtractRows(doc -> new Analysis(List.of(), List.of(),
        List.of(attack(LocalDate.of(2025, 8, 4), "occurred"))));
    Row event = onlyEvent(run(rows, article("a", "The battle.")).get(0));
    assertEquals(Date.valueOf("2025-08-04"), event.get(ExtractRows.EVENT.fieldIndex("event_date")));
    assertEquals("occurred", event.get(ExtractRows.EVENT.fieldIndex("status")));
  }

  @Test
  void aRowTheTableCannotTakeFailsItsArticleNotTheWrite() {
    // a null status breaks event_mentions' NOT NULL contract: Spark's encoder would fail the batch
    ExtractRows rows = new ExtractRows(doc -> new Analysis(List.of(), List.of(),
        List.of(attack(LocalDate.of(2025, 8, 4), doc.text().contains("bad") ? null : "occurred"))));
    List<Row> out = run(rows, article("a", "A bad battle."), article("b", "The battle."));
    String failure = out.get(0).getString(ExtractRows.SCHEMA.fieldIndex("failure"));
    assertTrue(failure.startsWith("IllegalArgumentException: Cannot write event_mentions.status: null in a required column"),
        failure);
    assertEquals(0, ((Row[]) out.get(0).get(ExtractRows.SCHEMA.fieldIndex("events"))).length);
    assertNull(out.get(1).get(ExtractRows.SCHEMA.fieldIndex("failure")));
    assertEquals("occurred", onlyEvent(out.get(1)).get(ExtractRows.EVENT.fieldIndex("status")));
  }
}
