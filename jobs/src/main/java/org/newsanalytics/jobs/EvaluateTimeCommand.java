package org.newsanalytics.jobs;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsanalytics.common.eval.TimeMlReader;
import org.newsanalytics.common.eval.TimexScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate time}: DATE expressions found and resolved, scored on TimeML gold. No Spark. */
@Command(name = "time", aliases = "timex", mixinStandardHelpOptions = true,
    description = {
        "Score date finding and resolution on TimeML gold (TempEval-3 .tml files with a DCT), DATE expressions only.",
        "Each document's text is resolved against its own DCT. Matching rule: a prediction overlapping a gold "
            + "TIMEX3 of another type (TIME, DURATION, SET) is left out; each other prediction pairs with at most one "
            + "gold DATE it overlaps. Span: a pair is correct. Value: a pair is correct when the normalised TimeML "
            + "values are equal (2025-07-21, 2025-W29, 2025-07, 2025-Q3, PRESENT_REF...; week numbers zero-padded).",
        "Also reported over all TIMEX3 types: every prediction, paired with any gold TIMEX3 it overlaps.",
        "Peer on the TempEval-3 training set: SUTime DATE span F1 0.89, value F1 0.71."})
public final class EvaluateTimeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of .tml files (walked).")
  Path gold;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(names = "--misses", paramLabel = "FILE",
      description = "Also write every false positive, miss and wrong value (TSV) to FILE.")
  Path misses;

  @Override
  public Integer call() throws Exception {
    TimexScorer.Result r = TimexScorer.score(TimeMlReader.readAll(gold));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.printf(Locale.ROOT, "{\"task\":\"time\",\"gold\":\"%s\",\"documents\":%d,\"date_span\":%s,\"date_value\":%s,"
          + "\"all_span\":%s,\"all_value\":%s}%n", gold.toString().replace("\\", "\\\\").replace("\"", "\\\""),
          r.documents(), r.span().json(), r.value().json(), r.allSpan().json(), r.allValue().json());
    } else {
      out.printf(Locale.ROOT, "TimeML DATE expressions: %d documents, %d gold DATEs, %d predictions scored%n",
          r.documents(), r.span().gold(), r.span().predicted());
      out.println("  span   " + r.span().format());
      out.println("  value  " + r.value().format());
      out.println("  peer (SUTime, TempEval-3 training, DATE): span F1 0.89, value F1 0.71");
      out.println("All TIMEX3 types (the finder looks for dates only; durations, times and sets count as misses):");
      out.println("  span   " + r.allSpan().format());
      out.println("  value  " + r.allValue().format());
    }
    if (misses != null) {
      Files.write(misses, r.misses());
    }
    out.flush();
    return 0;
  }
}
