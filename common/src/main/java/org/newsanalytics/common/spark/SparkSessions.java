package org.newsanalytics.common.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Builds the one SparkSession a job uses, with Delta enabled and UTC as the session zone. */
public final class SparkSessions {
  public static final String DEFAULT_LOCAL_MASTER = "local[*]";

  /** The rebase modes every session sets, so one old date cannot fail a batch's write. */
  public static final Map<String, String> PARQUET_DATETIME_REBASE = Map.of(
      "spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED",
      "spark.sql.parquet.datetimeRebaseModeInRead", "CORRECTED",
      "spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED",
      "spark.sql.parquet.int96RebaseModeInRead", "CORRECTED");

  private SparkSessions() {}

  /**
   * @param master the master URL, or null to take spark-submit's (or local[*] when run bare)
   * @param conf extra settings; they win over the defaults set here
   */
  public static SparkSession create(String appName, String master, Map<String, String> conf) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName)
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.databricks.delta.schema.autoMerge.enabled", "false");
    // Spark's default refuses to write dates before 1582-10-15 (calendar rebase) and fails the
    // whole write; any date Java holds is written and read as is (proleptic Gregorian).
    PARQUET_DATETIME_REBASE.forEach(builder::config);
    String effectiveMaster = master != null ? master : System.getProperty("spark.master", DEFAULT_LOCAL_MASTER);
    builder.master(effectiveMaster);
    if (effectiveMaster.startsWith("local")) {
      // a laptop or CI box: few cores, so few shuffle partitions beat the cluster default of 200,
      // and Delta's 50 partitions per table snapshot cost ~25 s of the trends stage on the sample
      builder.config("spark.sql.shuffle.partitions", "8").config("spark.ui.enabled", "false")
          .config("spark.databricks.delta.snapshotPartitions", "4");
    }
    conf.forEach(builder::config);
    return builder.getOrCreate();
  }
}
