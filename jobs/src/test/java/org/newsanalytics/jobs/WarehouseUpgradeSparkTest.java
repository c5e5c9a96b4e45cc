package org.newsanalytics.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.table.TableContract;

/** A warehouse written before a contract gained a column takes the next run's rows, old rows kept. */
class WarehouseUpgradeSparkTest {
  @TempDir
  java.nio.file.Path tmp;

  private final SparkSession spark = TestSpark.session();

  private static final StructType OLD = new StructType()
      .add("quote_id", DataTypes.StringType, false)
      .add("speaker", DataTypes.StringType);
  private static final TableContract BEFORE = new TableContract("quotes_like", OLD, List.of("quote_id"), List.of());
  private static final TableContract AFTER = new TableContract("quotes_like",
      OLD.add("attribution_rule", DataTypes.StringType), List.of("quote_id"), List.of());

  @Test
  void anExistingTableGainsTheContractsNewColumnAndKeepsItsRows() {
    String root = tmp.resolve("warehouse").toString();
    Warehouse old = new Warehouse(spark, root);
    old.merge(BEFORE, spark.createDataFrame(List.of(RowFactory.create("q1", "A. Writer")), OLD), true);

    Warehouse upgraded = new Warehouse(spark, root);
    upgraded.merge(AFTER, spark.createDataFrame(List.of(RowFactory.create("q2", "B. Speaker", "said_after_quote")),
        AFTER.schema()), true);

    List<Row> rows = upgraded.read(AFTER).orderBy("quote_id").collectAsList();
    assertEquals(2, rows.size());
    assertTrue(rows.get(0).isNullAt(2), "the old row has no value for the new column");
    assertEquals("said_after_quote", rows.get(1).getString(2));
    assertEquals(List.of("quote_id", "speaker", "attribution_rule"),
        List.of(upgraded.read(AFTER).where(col("quote_id").equalTo("q1")).columns()));
  }
}
