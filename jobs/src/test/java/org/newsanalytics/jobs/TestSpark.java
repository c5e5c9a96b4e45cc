package org.newsanalytics.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.spark.SparkSessions;

/** The one local Spark session all Spark tests in this JVM share, and the test data paths. */
final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.create("news-analytics tests", "local[2]",
          Map.of("spark.sql.shuffle.partitions", "4", "spark.default.parallelism", "4"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
    }
    return session;
  }

  /** {@code ../shared/data} beside the project root (Surefire passes its absolute path). */
  static Path sharedData() {
    Path p = Path.of(System.getProperty("newsanalytics.shared.data", "../../shared/data"));
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("Cannot find the shared test data at " + p.toAbsolutePath()
          + ": the tests read ../shared/data beside the project root");
    }
    return p;
  }

  static Path projectDir() {
    return Path.of(System.getProperty("newsanalytics.project.dir", ".."));
  }
}
