package org.newsanalytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.Callable;
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
 * {@code evaluate quotes}: scores the quote finder on PolNeAR brat gold data. Pure Java, so no
 * Spark session is started.
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
    QuoteScores scores = QuoteEvaluation.evaluate(dir, new QuoteFinder(rules));
    var out = spec.commandLine().getOut();
    out.println("quotes on " + dir + ": " + scores.summary());
    if (perSieve || writePrecision != null) {
      SortedMap<String, Counts> perRule = QuoteEvaluation.perRule(dir, new QuoteFinder(rules));
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
}
