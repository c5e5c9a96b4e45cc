package org.newsanalytics.jobs;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.spark.SparkSessions;

/** The one local Spark session all Spark tests in this JVM share, and the project folder (shared data: {@code SharedData}). */
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

  static Path projectDir() {
    return Path.of(System.getProperty("newsanalytics.project.dir", ".."));
  }
}
