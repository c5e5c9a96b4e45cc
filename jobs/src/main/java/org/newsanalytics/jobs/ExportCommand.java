package org.newsanalytics.jobs;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.newsanalytics.common.spark.SparkSessions;
import org.newsanalytics.common.spark.TableExport;
import org.newsanalytics.common.spark.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export TABLE}: one table to CSV, JSON Lines or Parquet; prints the rows written. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export a table as CSV, JSON Lines or Parquet for tools outside Spark. "
        + "Writes a directory of part files (Spark's layout); nested columns become JSON text in CSV.")
public final class ExportCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Parameters(index = "0", paramLabel = "TABLE", description = "Table name, e.g. quotes, events, attack_frequency.")
  String table;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "csv, jsonl or parquet.")
  TableExport.Format format;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output directory (any Hadoop path).")
  String out;

  @Option(names = "--where", paramLabel = "SQL", description = "Spark SQL condition, e.g. \"published_date >= '2025-06-01'\".")
  String where;

  @Option(names = "--limit", paramLabel = "N", description = "At most N rows.")
  Integer limit;

  @Option(names = "--overwrite", description = "Replace PATH if it exists (default: fail).")
  boolean overwrite;

  @Override
  public Integer call() {
    // fail on a bad name before paying for a Spark session
    TableExport.table(table);
    var request = new TableExport.Request(table, format, out, Optional.ofNullable(where),
        limit == null ? OptionalInt.empty() : OptionalInt.of(limit), overwrite);
    // a read-only job: no runs row, so exporting never changes the warehouse it reads
    var session = SparkSessions.create("news-analytics export", spark.master(), spark.conf());
    long written;
    try {
      written = new TableExport(session, new Warehouse(session, spark.warehouse())).export(request);
    } finally {
      session.stop();
    }
    System.out.println("export: " + table + " -> " + out + " (" + format.cliName() + "): " + written + " rows");
    return 0;
  }

  /** Lower-case names on the command line, and an error that lists them. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<TableExport.Format> {
    @Override
    public TableExport.Format convert(String value) {
      for (TableExport.Format f : TableExport.Format.values()) {
        if (f.cliName().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("Cannot use format '" + value + "': expected one of csv, jsonl, parquet");
    }
  }
}
