package org.newsanalytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsanalytics.common.extract.ArticleAnalyzer;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.ner.LinearNerModel;
import org.newsanalytics.common.ner.LinearNerTagger;
import org.newsanalytics.common.quotes.QuoteCueLoader;
import org.newsanalytics.common.quotes.QuoteCues;
import org.newsanalytics.common.quotes.QuoteFinder;
import org.newsanalytics.common.quotes.eval.Counts;
import org.newsanalytics.common.quotes.eval.QuoteEvaluation;
import org.newsanalytics.common.quotes.eval.QuoteScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate quotes}: scores quote attribution on PolNeAR brat gold data as extract does it:
 * the linear NER model's mentions (when the model is there), the entity resolver, the quote finder
 * and the linker of offices to the people holding them. Pure Java, so no Spark session is started.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Score quote attribution on PolNeAR brat gold data (text/*.txt + attributions/*.ann): "
        + "precision, recall and F1 for all attributions and for direct quotes, with the right speaker.")
public final class EvaluateQuotesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "A split directory holding text/ and attributions/, or the PolNeAR data directory holding the splits.")
  Path gold;

  @Option(names = "--split", defaultValue = "dev", paramLabel = "NAME",
      description = "The split under --gold when --gold holds splits (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--cues", paramLabel = "FILE",
      description = "A cue file to use instead of the built-in rules/quote-cues.yaml.")
  Path cues;

  @Option(names = "--ner-model", paramLabel = "DIR", description = "The linear NER model whose mentions the speakers "
      + "are resolved against, as extract does. Default: the project's data/models/ner when present.")
  Path nerModel;

  @Option(names = "--no-ner", description = "No NER model: speakers from the quote rules and the gazetteer only.")
  boolean noNer;

  @Option(names = "--json", description = "Print the scores as one JSON object on the last line.")
  boolean json;

  @Option(names = "--per-sieve", description = "Also print, per attribution rule, how many quotes it attributed and its "
      + "strict precision on the split.")
  boolean perSieve;

  @Option(names = "--write-precision", paramLabel = "FILE", description = "With --per-sieve: write the per-rule precision "
      + "file the finder takes its confidences from (common/src/main/resources/rules/quote-rule-precision.tsv, measured on train).")
  Path writePrecision;

  @Override
  public Integer call() {
    Path dir = Files.isDirectory(gold.resolve("attributions")) ? gold : gold.resolve(split);
    QuoteCues rules = cues == null ? QuoteCueLoader.loadDefault() : QuoteCueLoader.load(cues);
    QuoteEvaluation.Run run = QuoteEvaluation.run(dir, asExtractDoes(new QuoteFinder(rules)));
    QuoteScores scores = run.scores();
    var out = spec.commandLine().getOut();
    out.println("quotes on " + dir + " (NER: " + nerDir().map(Path::toString).orElse("none") + "): " + scores.summary());
    if (perSieve || writePrecision != null) {
      SortedMap<String, Counts> perRule = run.perRule();
      out.print(QuoteEvaluation.perRuleTable(perRule));
      if (writePrecision != null) {
        try {
          Files.writeString(writePrecision, QuoteEvaluation.precisionFile(perRule, "PolNeAR " + dir.getFileName()));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot write " + writePrecision + ": " + e.getMessage(), e);
        }
        out.println("wrote " + writePrecision);
      }
    }
    if (json) {
      out.println(scores.json());
    }
    out.flush();
    return 0;
  }

  /** The quotes extract writes for an article: NER mentions, resolved entities, quotes, linked offices. */
  private Function<ArticleDoc, List<Quote>> asExtractDoes(QuoteFinder finder) {
    Function<ArticleDoc, List<Quote>> quotes = ArticleAnalyzer.quotePipeline(finder);
    Optional<Path> model = nerDir();
    if (model.isEmpty()) {
      return quotes;
    }
    if (!LinearNerModel.isIn(model.get())) {
      throw new IllegalArgumentException("Cannot evaluate quotes with the NER model in " + model.get()
          + ": it is not a linear NER model (" + LinearNerModel.MANIFEST + " missing); give --no-ner or a linear model");
    }
    LinearNerTagger tagger = LinearNerModel.load(model.get()).newTagger();
    return doc -> quotes.apply(doc.withEntities(tagger.rawMentions(doc)));
  }

  private Optional<Path> nerDir() {
    if (noNer) {
      return Optional.empty();
    }
    if (nerModel != null) {
      return Optional.of(nerModel);
    }
    Path bundled = Path.of(System.getenv().getOrDefault("NEWS_ANALYTICS_HOME", "."), "data", "models", "ner");
    return Files.isDirectory(bundled) ? Optional.of(bundled) : Optional.empty();
  }
}
