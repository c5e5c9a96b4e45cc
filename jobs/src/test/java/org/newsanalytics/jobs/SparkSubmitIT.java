package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

/**
 * The shaded jar under spark-submit, on a plain Spark home assembled from Maven Central (no
 * Delta, no Spark NLP in it): what a cluster with only Spark 3.5 installed would run.
 */
class SparkSubmitIT {
  @TempDir
  Path tmp;

  @Test

  @NeedsSharedData
  void sparkSubmitOfTheShadedJarIngestsTheSeed() throws Exception {
    Path warehouse = tmp.resolve("warehouse");
    Path seed = SharedData.path("seed");
    Result first = sparkSubmit("ingest", "--input", seed.toString(), "--warehouse", warehouse.toString());
    assertEquals(0, first.exit(), first.output());
    assertTrue(first.output().contains("read 1, new 1, updated 0, unchanged 0, duplicates 0, rejected 0"), first.output());
    assertTrue(Files.isDirectory(warehouse.resolve("articles/_delta_log")), "articles is a Delta table");

    Result again = sparkSubmit("ingest", "--input", seed.toString(), "--warehouse", warehouse.toString());
    assertEquals(0, again.exit(), again.output());
    assertTrue(again.output().contains("read 1, new 0, updated 0, unchanged 1, duplicates 0, rejected 0"), again.output());
  }

  @Test
  void aBadOptionFailsWithOneLineAndNonZeroExit() throws Exception {
    Result r = sparkSubmit("ingest", "--format", "pdf", "--input", "x");
    assertEquals(2, r.exit(), r.output());
    assertTrue(r.output().contains("Cannot use format 'pdf'"), r.output());
  }

  private record Result(int exit, String output) {}

  private Result sparkSubmit(String... args) throws IOException, InterruptedException {
    Path sparkHome = Path.of(System.getProperty("newsanalytics.spark.home"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("newsanalytics.jvm.flags").trim().split("\\s+")));
    command.addAll(List.of("-Xmx2g", "-cp", sparkHome.resolve("jars") + "/*", "org.apache.spark.deploy.SparkSubmit",
        "--master", "local[2]", "--conf", "spark.ui.showConsoleProgress=false",
        "--class", "org.newsanalytics.jobs.NewsAnalytics", System.getProperty("newsanalytics.shaded.jar")));
    command.addAll(Arrays.asList(args));
    Path log = tmp.resolve("spark-submit-" + System.nanoTime() + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.12");
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("spark-submit did not finish in 5 minutes: " + Files.readString(log));
    }
    return new Result(p.exitValue(), Files.readString(log));
  }
}
