package org.newsanalytics.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsanalytics.common.entities.ConllReader;
import org.newsanalytics.common.spark.ner.NerEvaluation;
import org.newsanalytics.common.spark.ner.NerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code evaluate ner}: entity-level P/R/F1 (exact span and type) of a NER pipeline on CoNLL gold. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Score entity recognition on CoNLL gold data: exact span and type (conlleval rules), overall "
        + "and per type, and tagging speed. The gold tokens are joined into text and run through the whole pipeline.")
public final class EvaluateNerCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Option(names = {"--model", "--ner-model"}, paramLabel = "DIR",
      defaultValue = "${env:NEWS_ANALYTICS_HOME:-.}/data/models/ner",
      description = "A NER model directory: the linear tagger or any saved Spark NLP NER pipeline. Default: the shipped model (${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "CoNLL-2003 style gold file.")
  Path gold;

  @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "sentence",
      description = "How the gold reaches the pipeline: SENTENCE (one text per sentence, whole pipeline), DOCUMENT (one text per document), GOLD_TOKENS (the gold tokens, tagger only; comparable with conlleval and CoreNLP). Default: ${DEFAULT-VALUE}")
  NerEvaluation.Unit unit;

  @Option(names = "--json", description = "End with one JSON line: precision, recall, f1, per_type, tokens_per_second.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("model", model);
    described.put("gold", gold.toString());
    described.put("unit", unit.name());
    NerEvaluation.Result[] result = new NerEvaluation.Result[1];
    JobRunner.run("evaluate ner", spark, described, (runId, session, warehouse) -> {
      result[0] = NerEvaluation.evaluate(session, NerModel.load(session, model), ConllReader.read(gold), unit);
      return new JobRunner.Outcome(result[0].rows(), result[0].rows(), 0, Map.of("tokens", (long) result[0].tokens()));
    });
    NerEvaluation.Result r = result[0];
    System.out.print(r.score().table());
    System.out.printf("evaluate ner: %d %ss, %d tokens, %.1f s, %.0f tokens/s%n", r.rows(),
        unit.name().toLowerCase(java.util.Locale.ROOT), r.tokens(), r.seconds(), r.tokensPerSecond());
    if (json) {
      Map<String, Object> out = r.score().toJsonMap();
      out.put("tokens_per_second", Math.round(r.tokensPerSecond()));
      System.out.println(new ObjectMapper().writeValueAsString(out));
    }
    return 0;
  }
}
