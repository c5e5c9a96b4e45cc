package org.newsanalytics.common.spark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;

/**
 * Compares the tables of two warehouses row by row, as multisets, leaving out what differs by
 * construction between two builds of the same input: when and in which batch a row was
 * written, and the {@code runs} log. Two builds that differ only in how the input was split
 * into runs, or in how fast the code is, must compare equal.
 */
public final class WarehouseDiff {
  /** Columns that record when or in which batch a row was written, not what it says. */
  static final Set<String> BOOKKEEPING = Set.of("batch_id", "ingested_at", "extracted_at", "rejected_at");

  /** Rows only in the left and only in the right warehouse, for one table. */
  public record Difference(long onlyLeft, long onlyRight) {
    public boolean none() {
      return onlyLeft == 0 && onlyRight == 0;
    }
  }

  private WarehouseDiff() {}

  /** Every contract table but {@code runs}, in contract order. */
  public static List<TableContract> comparedTables() {
    return Tables.all().stream().filter(t -> t != Tables.RUNS).toList();
  }

  public static Map<String, Difference> compare(Warehouse left, Warehouse right, List<TableContract> tables) {
    Map<String, Difference> out = new LinkedHashMap<>();
    for (TableContract t : tables) {
      Dataset<Row> a = content(left, t);
      Dataset<Row> b = content(right, t);
      out.put(t.name(), new Difference(a.exceptAll(b).count(), b.exceptAll(a).count()));
    }
    return out;
  }

  private static Dataset<Row> content(Warehouse w, TableContract t) {
    String[] kept = Arrays.stream(t.schema().fieldNames()).filter(c -> !BOOKKEEPING.contains(c)).toArray(String[]::new);
    return w.read(t).selectExpr(Arrays.stream(kept).map(c -> "`" + c + "`").toArray(String[]::new));
  }
}
