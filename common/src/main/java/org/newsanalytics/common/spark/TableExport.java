package org.newsanalytics.common.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;
import org.newsanalytics.common.text.SpreadsheetCells;

/** Writes one warehouse table (optionally filtered and limited) as CSV, JSON Lines or Parquet for tools outside Spark. */
public final class TableExport {
  /** Output formats; the names are what the command line accepts. */
  public enum Format {
    CSV, JSONL, PARQUET;

    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What to export and where. {@code where} is a Spark SQL condition over the table's columns. */
  public record Request(String table, Format format, String out, Optional<String> where, OptionalInt limit,
      boolean overwrite) {}

  private final SparkSession spark;
  private final Warehouse warehouse;

  public TableExport(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** The contract of the table called {@code name}; an unknown name fails listing the valid ones. */
  public static TableContract table(String name) {
    return Tables.all().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Cannot export table '" + name + "': expected one of "
            + Tables.all().stream().map(TableContract::name).collect(Collectors.joining(", "))));
  }

  /** Writes the rows and returns how many were written. */
  public long export(Request request) {
    TableContract contract = table(request.table());
    if (request.limit().isPresent() && request.limit().getAsInt() < 0) {
      throw new IllegalArgumentException("Cannot export with --limit " + request.limit().getAsInt() + ": expected 0 or more");
    }
    // a table not written yet exports as empty, without creating it: export only reads
    Dataset<Row> rows = warehouse.exists(contract) ? warehouse.read(contract)
        : spark.createDataFrame(List.of(), contract.schema());
    if (request.where().isPresent()) {
      rows = rows.where(request.where().get());
    }
    if (request.limit().isPresent()) {
      rows = rows.limit(request.limit().getAsInt());
    }
    if (request.format() == Format.CSV) {
      rows = flattenForCsv(rows);
    }
    // persist, so the count printed is the rows of this very write, not of a second evaluation
    rows = rows.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      long n = rows.count();
      var writer = rows.write().mode(request.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
      switch (request.format()) {
        case CSV -> writer.option("header", "true").option("escape", "\"").csv(request.out());
        case JSONL -> writer.json(request.out());
        case PARQUET -> writer.parquet(request.out());
        default -> throw new IllegalStateException("unhandled format " + request.format());
      }
      return n;
    } finally {
      rows.unpersist();
    }
  }

  /**
   * CSV has no arrays or maps (events.actors, runs.counts): such columns are written as JSON
   * text. Text that a spreadsheet would run as a formula (a quote starting with {@code =}) gets
   * a leading single quote ({@link SpreadsheetCells}); JSON Lines and Parquet stay byte-exact.
   */
  static Dataset<Row> flattenForCsv(Dataset<Row> rows) {
    StructType schema = rows.schema();
    List<Column> columns = new ArrayList<>();
    for (StructField f : schema.fields()) {
      boolean nested = f.dataType() instanceof ArrayType || f.dataType() instanceof MapType || f.dataType() instanceof StructType;
      Column c = functions.col(f.name());
      if (nested) {
        c = functions.to_json(c);
      } else if (f.dataType() instanceof StringType) {
        c = functions.when(c.rlike(SpreadsheetCells.FORMULA_START), functions.concat(functions.lit(SpreadsheetCells.PREFIX), c))
            .otherwise(c);
      }
      columns.add(c.as(f.name()));
    }
    return rows.select(columns.toArray(Column[]::new));
  }
}
