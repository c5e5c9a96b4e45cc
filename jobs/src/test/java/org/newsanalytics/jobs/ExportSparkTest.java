package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.spark.TableExport;
import org.newsanalytics.common.spark.TableExport.Format;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.table.Tables;

/** export: the rows written are the table's rows, in each format, and bad requests fail by name. */
class ExportSparkTest {
  @TempDir
  static java.nio.file.Path tmp;

  private static final SparkSession spark = TestSpark.session();
  private static Warehouse warehouse;

  @BeforeAll
  static void warehouse() {
    warehouse = DemoWarehouse.shared(spark);
  }

  private static long export(String table, Format format, String out, String where, Integer limit) {
    return new TableExport(spark, warehouse).export(new TableExport.Request(table, format, out, Optional.ofNullable(where),
        limit == null ? OptionalInt.empty() : OptionalInt.of(limit), false));
  }

  @Test
  void quotesAsJsonLinesRoundTrip() {
    String out = tmp.resolve("quotes-jsonl").toString();
    long written = export("quotes", Format.JSONL, out, null, null);
    long inTable = warehouse.read(Tables.QUOTES).count();
    assertEquals(DemoWarehouse.QUOTES, inTable);
    assertEquals(inTable, written);
    Dataset<Row> back = spark.read().schema(Tables.QUOTES.schema()).json(out);
    assertEquals(inTable, back.count());
    // the same rows, not merely as many: every quote id and text comes back
    assertEquals(0, warehouse.read(Tables.QUOTES).select("quote_id", "quote_text")
        .except(back.select("quote_id", "quote_text")).count());
  }

  @Test
  void csvWritesNestedColumnsAsJsonText() {
    String out = tmp.resolve("events-csv").toString();
    long written = export("events", Format.CSV, out, null, null);
    Dataset<Row> back = spark.read().option("header", "true").option("escape", "\"").csv(out);
    assertEquals(warehouse.read(Tables.EVENTS).count(), written);
    assertEquals(written, back.count());
    assertTrue(back.where("actors LIKE '[%'").count() > 0, "actors as a JSON array");
  }

  /** A published quote that starts with =HYPERLINK( must not become a live link in a spreadsheet. */
  @Test
  void csvNeutralisesFormulaCellsWhileJsonLinesAndParquetStayExact() throws java.io.IOException {
    String formula = "=HYPERLINK(\"http://evil.example/\",\"read the full statement\")";
    Warehouse w = new Warehouse(spark, tmp.resolve("formula-warehouse").toString());
    w.ensure(Tables.QUOTES);
    w.merge(Tables.QUOTES, spark.createDataFrame(List.of(RowFactory.create("a1", Date.valueOf("2025-08-05"), "q1", 0,
        formula, 0, 10, "direct", "-the minister", "Minister", 12, 24, "PER", "said", 0.9, "SaidAfterQuote")), Tables.QUOTES.schema()), true);
    TableExport export = new TableExport(spark, w);
    String csv = tmp.resolve("formula-csv").toString();
    export.export(new TableExport.Request("quotes", Format.CSV, csv, Optional.empty(), OptionalInt.empty(), false));
    Row back = spark.read().option("header", "true").option("escape", "\"").csv(csv).first();
    assertEquals("'" + formula, back.getAs("quote_text"));
    assertEquals("'-the minister", back.getAs("speaker_text"));
    assertEquals("Minister", back.getAs("speaker_canonical"), "ordinary text is untouched");
    assertEquals("0.9", back.getAs("confidence"), "numbers are not text");

    String jsonl = tmp.resolve("formula-jsonl").toString();
    export.export(new TableExport.Request("quotes", Format.JSONL, jsonl, Optional.empty(), OptionalInt.empty(), false));
    assertEquals(formula, spark.read().schema(Tables.QUOTES.schema()).json(jsonl).first().getAs("quote_text"));
    String parquet = tmp.resolve("formula-parquet").toString();
    export.export(new TableExport.Request("quotes", Format.PARQUET, parquet, Optional.empty(), OptionalInt.empty(), false));
    assertEquals(formula, spark.read().parquet(parquet).first().getAs("quote_text"));
  }

  @Test
  void whereAndLimitFilterTheRows() {
    long attacks = warehouse.read(Tables.EVENT_MENTIONS).where("event_type = 'ATTACK'").count();
    assertTrue(attacks > 3);
    assertEquals(attacks, export("event_mentions", Format.PARQUET, tmp.resolve("attacks").toString(), "event_type = 'ATTACK'", null));
    assertEquals(3, export("event_mentions", Format.PARQUET, tmp.resolve("three").toString(), "event_type = 'ATTACK'", 3));
    assertEquals(3, spark.read().parquet(tmp.resolve("three").toString()).count());
  }

  @Test
  void aTableNotWrittenYetExportsEmptyWithoutBeingCreated() {
    Warehouse empty = new Warehouse(spark, tmp.resolve("empty-warehouse").toString());
    long n = new TableExport(spark, empty).export(new TableExport.Request("quotes", Format.JSONL,
        tmp.resolve("none").toString(), Optional.empty(), OptionalInt.empty(), false));
    assertEquals(0, n);
    assertEquals(false, empty.exists(Tables.QUOTES));
  }

  @Test
  void anUnknownTableNamesTheValidOnes() {
    var e = assertThrows(IllegalArgumentException.class, () -> export("quote", Format.JSONL, tmp.resolve("x").toString(), null, null));
    assertEquals("Cannot export table 'quote': expected one of articles, rejects, runs, entities, quotes, event_mentions, "
        + "extracted, events, attack_frequency, talk_rounds, sanction_mentions, entity_trends, quote_trends", e.getMessage());
  }

  @Test
  void theCommandLineRejectsAnUnknownTableBeforeStartingSpark() {
    var cli = NewsAnalytics.commandLine();
    var err = new java.io.StringWriter();
    cli.setErr(new java.io.PrintWriter(err));
    assertEquals(1, cli.execute("export", "nope", "--format", "jsonl", "--out", tmp.resolve("y").toString()));
    assertTrue(err.toString().contains("Cannot export table 'nope': expected one of articles, "), err.toString());
    assertEquals(2, cli.execute("export", "quotes", "--format", "xml", "--out", "z"));
    assertTrue(err.toString().contains("Cannot use format 'xml': expected one of csv, jsonl, parquet"), err.toString());
    assertTrue(List.of(tmp.toFile().list()).stream().noneMatch(f -> f.equals("y")));
  }
}
