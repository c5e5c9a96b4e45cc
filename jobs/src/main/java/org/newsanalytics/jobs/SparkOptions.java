package org.newsanalytics.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every Spark job takes. */
public final class SparkOptions {
  @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "warehouse",
      description = "Directory (any Hadoop path) holding the Delta tables. Default: ${DEFAULT-VALUE}")
  String warehouse;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master. Default: spark-submit's, else local[*].")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", mapFallbackValue = "",
      description = "Extra Spark setting; repeatable.")
  Map<String, String> conf = new LinkedHashMap<>();

  public String warehouse() {
    return warehouse;
  }

  public String master() {
    return master;
  }

  public Map<String, String> conf() {
    return conf;
  }
}
