package org.newsanalytics.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.spark.ArticleExtraction;
import picocli.CommandLine.Option;

/** The options that say how to extract; shared by {@code extract} and {@code run}. */
public final class ExtractArgs {
  @Option(names = "--ner-model", paramLabel = "DIR",
      description = "A Spark NLP NER PipelineModel saved on disk. Default: the project's data/models/ner when present.")
  String nerModel;

  @Option(names = "--no-ner", description = "Skip the NER model: sentences in Java, entities from the gazetteer only.")
  boolean noNer;

  @Option(names = "--full", description = "Re-analyse every article, not only new or changed ones.")
  boolean full;

  Optional<String> modelPath() {
    if (noNer) {
      return Optional.empty();
    }
    if (nerModel != null) {
      return Optional.of(nerModel);
    }
    Path bundled = Path.of(System.getenv().getOrDefault("NEWS_ANALYTICS_HOME", "."), "data", "models", "ner");
    return Files.isDirectory(bundled) ? Optional.of(bundled.toString()) : Optional.empty();
  }

  ArticleExtraction.Options toOptions(SparkSession spark) {
    Optional<String> model = modelPath();
    Optional<UnaryOperator<Dataset<Row>>> annotator = model.map(path -> NerStage.annotator(spark, path));
    String version = Version.current() + "/rules-" + org.newsanalytics.common.extract.ArticleAnalyzer.rulesDigest()
        + "/ner-" + model.map(p -> Path.of(p).getFileName().toString()).orElse("none");
    return new ArticleExtraction.Options(annotator, version, full);
  }

  Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ner_model", modelPath().orElse(null));
    m.put("full", full);
    return m;
  }
}
