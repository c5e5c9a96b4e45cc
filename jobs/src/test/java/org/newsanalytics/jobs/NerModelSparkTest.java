package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.entities.ConllReader;
import org.newsanalytics.common.entities.ConllSentence;
import org.newsanalytics.common.entities.EntityResolver;
import org.newsanalytics.common.entities.Gazetteer;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.spark.ner.NerAnnotator;
import org.newsanalytics.common.spark.ner.NerEvaluation;
import org.newsanalytics.common.spark.ner.NerModel;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

/**
 * The shipped NER model (data/models/ner): its quality on CoNLL dev (the gate), on running
 * text, and on the seed article through the entity resolver. One model load for all tests.
 */
@NeedsSharedData
class NerModelSparkTest {
  /**
   * Dev F1 of the shipped model through the whole pipeline, one text per gold sentence split and
   * tokenised by the pipeline itself: the default of {@code evaluate ner} (data/models/README.md).
   * The gate allows 0.01 below it, so a retrain or a front-end change that loses quality fails here.
   */
  static final double SHIPPED_DEV_F1 = 0.9135;
  static final double GATE = SHIPPED_DEV_F1 - 0.01;
  /**
   * Running text proper (the first 25 dev documents, each one article) scored 0.9376 with the
   * shipped linear model (0.9353 with the one before it, 0.8922 with the earlier BiLSTM); the
   * floor, 0.01 below, catches a front end or retrain that gets worse.
   */
  static final double RUNNING_TEXT_FLOOR = 0.9276;

  private static NerModel model;

  @BeforeAll
  static void load() {
    TestSpark.session();
    model = NerModel.load(TestSpark.session(), TestSpark.projectDir().resolve("data/models/ner").toString());
  }

  private static List<ConllSentence> dev() throws Exception {
    return ConllReader.read(SharedData.path("gold/ner-conll2003/conllpp_dev.txt"));
  }

  @Test
  void qualityGateOnTheWholeDevSet() throws Exception {
    NerEvaluation.Result r = NerEvaluation.evaluate(TestSpark.session(), model, dev(), NerEvaluation.Unit.SENTENCE);
    assertEquals(3250, r.rows());
    assertEquals(51362, r.tokens());
    double f1 = r.score().overall().f1();
    System.out.printf("dev F1 %.4f (gate %.4f), %.0f tokens/s%n%s", f1, GATE, r.tokensPerSecond(), r.score().table());
    assertTrue(f1 >= GATE, "dev F1 " + f1 + " fell below the gate " + GATE + "\n" + r.score().table());
  }

  @Test
  void runningTextKeepsItsQuality() throws Exception {
    // the first 25 dev documents, each as one article: sentence splitting is the pipeline's own
    List<ConllSentence> docs = dev().stream().filter(s -> s.document() < 25).toList();
    NerEvaluation.Result r = NerEvaluation.evaluate(TestSpark.session(), model, docs, NerEvaluation.Unit.DOCUMENT);
    assertEquals(25, r.rows());
    double f1 = r.score().overall().f1();
    System.out.printf("running text F1 %.4f%n%s", f1, r.score().table());
    assertTrue(f1 >= RUNNING_TEXT_FLOOR, "running-text F1 " + f1 + "\n" + r.score().table());
  }

  @Test
  void seedArticleThroughModelAndResolver() throws Exception {
    String file = Files.readString(SharedData.path("seed/000_d2f89d4ea617fe1b.txt"),
        StandardCharsets.UTF_8);
    String text = file.substring(file.indexOf('\n') + 1);
    Dataset<Row> articles = TestSpark.session().createDataFrame(List.of(RowFactory.create("seed", text)),
        new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType));
    List<Row> out = model.annotate(articles).collectAsList();
    assertEquals(1, out.size());
    List<SentenceSpan> sentences = NerAnnotator.sentences(out.get(0));
    List<EntityMention> raw = NerAnnotator.mentions(out.get(0), sentences);
    assertTrue(sentences.size() > 20, "sentences: " + sentences.size());
    for (EntityMention m : raw) {
      // end-exclusive offsets into the original text
      assertEquals(text.substring(m.begin(), m.end()), m.text(), m.toString());
    }
    List<EntityMention> resolved = new EntityResolver(Gazetteer.loadDefault())
        .resolve(new ArticleDoc("seed", null, text, sentences, raw));
    Map<String, Set<String>> canonicalsByText = resolved.stream().collect(Collectors.groupingBy(EntityMention::text,
        Collectors.mapping(EntityMention::canonicalName, Collectors.toSet())));
    List<String> problems = new ArrayList<>();
    expect(problems, resolved, List.of("Zelenskiyy", "Volodymyr Zelenskiyy"), "PERSON", "Volodymyr Zelenskyy");
    expect(problems, resolved, List.of("Umerov", "Rustem Umerov"), "PERSON", "Rustem Umerov");
    expect(problems, resolved, List.of("Putin", "Vladimir Putin"), "PERSON", "Vladimir Putin");
    expect(problems, resolved, List.of("Trump", "Donald Trump"), "PERSON", "Donald Trump");
    expect(problems, resolved, List.of("Dmitry Peskov"), "PERSON", "Dmitry Peskov");
    expect(problems, resolved, List.of("Barrot", "Jean-Noël Barrot"), "PERSON", "Jean-Noël Barrot");
    expect(problems, resolved, List.of("Kyiv"), "LOC", "Kyiv");
    expect(problems, resolved, List.of("Moscow"), "LOC", "Moscow");
    expect(problems, resolved, List.of("Istanbul"), "LOC", "Istanbul");
    expect(problems, resolved, List.of("Turkey", "Turkiye"), "LOC", "Turkey");
    expect(problems, resolved, List.of("TASS"), "ORG", "TASS");
    expect(problems, resolved, List.of("RIA"), "ORG", "RIA Novosti");
    expect(problems, resolved, List.of("Kremlin"), "ORG", "Kremlin");
    assertTrue(problems.isEmpty(), String.join("\n", problems) + "\nall: " + canonicalsByText);
  }

  /** Every occurrence of each surface form in the text is a mention of that type and name. */
  private static void expect(List<String> problems, List<EntityMention> resolved, List<String> surfaces,
      String coarseType, String canonical) {
    int found = 0;
    for (EntityMention m : resolved) {
      if (surfaces.contains(m.text())) {
        found++;
        if (!m.coarseType().equals(coarseType) || !m.canonicalName().equals(canonical)) {
          problems.add(m.text() + " at " + m.begin() + ": " + m.coarseType() + " / " + m.canonicalName() + ", expected "
              + coarseType + " / " + canonical);
        }
      }
    }
    if (found == 0) {
      problems.add("no mention of " + surfaces);
    }
  }
}
