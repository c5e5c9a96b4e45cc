package org.newsanalytics.jobs;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsanalytics.common.eval.CaseReader;
import org.newsanalytics.common.eval.CaseScorer;
import org.newsanalytics.common.eval.PloverReader;
import org.newsanalytics.common.eval.PloverScorer;
import org.newsanalytics.common.eval.Prf;
import org.newsanalytics.common.events.ActorAliases;
import org.newsanalytics.common.events.EventFinder;
import org.newsanalytics.common.events.EventTaxonomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate events}: event types scored on PLOVER gold records or CASE 2021 task 2 snippets. No Spark. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {
        "Score event types on PLOVER gold-standard records (a JSON array of records with 'event' and 'text').",
        "Each record's sentence is read as an article. PLOVER categories a taxonomy type covers whole are 'mapped' "
            + "(ASSAULT, FIGHT -> ATTACK; CONSULT -> TALKS; SANCTION -> SANCTION; AGREE -> AGREEMENT). A mention "
            + "stands for its status's PLOVER category where PLOVER codes the modality (threatened -> THREATEN, "
            + "called_for -> DEMAND, rejected -> REJECT), none if negated or hypothetical, else its type's. A record's "
            + "prediction is its first mention outside a background clause ('after...', 'where...').",
        "Reports mapped-type accuracy, the share of unmapped records given a wrong category, per-type precision "
            + "and recall (any mention), and the PLOVER categories out of the taxonomy's scope.",
        "CASE 2021 task 2 (tab-separated id, EventSnippet, SubType; detected by its header, or --format case2021): "
            + "each snippet is an article dated 2021-01-15. Reports attack accuracy, agreement accuracy, mapped "
            + "accuracy, the false rate (ATTACK or SANCTION) on unrelated kinds, the DISR_WEAP occurred-attack rate "
            + "and the subtypes with most errors, for all snippets and for odd and even ids."})
public final class EvaluateEventsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "PLOVER records file (e.g. PLOVER_GSR_CAMEO.txt) or a directory of them.")
  Path gold;

  @Option(names = "--format", paramLabel = "FORMAT", description = "plover or case2021 (default: detected).")
  String format;

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = "Event taxonomy YAML to score instead of the bundled one.")
  Path taxonomy;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(names = "--errors", paramLabel = "FILE", description = "Also write every missed and false record (TSV).")
  Path errors;

  @Override
  public Integer call() throws Exception {
    EventTaxonomy tax = taxonomy == null ? EventTaxonomy.bundled() : EventTaxonomy.load(taxonomy);
    EventFinder finder = new EventFinder(tax, ActorAliases.bundled());
    PrintWriter out = spec.commandLine().getOut();
    String fmt = format == null ? (CaseReader.looksLikeCase(gold) ? "case2021" : "plover") : format.toLowerCase(Locale.ROOT);
    if (fmt.equals("case2021")) {
      return caseScores(CaseScorer.score(CaseReader.read(gold), finder), out);
    }
    if (!fmt.equals("plover")) {
      spec.commandLine().getErr().println("Unknown --format " + format + " (plover or case2021)");
      return 2;
    }
    PloverScorer.Result r = PloverScorer.score(PloverReader.read(gold), finder);
    if (json) {
      String perType = r.perType().entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue().json())
          .collect(Collectors.joining(","));
      out.printf(Locale.ROOT, "{\"task\":\"events\",\"records\":%d,\"mapped\":%d,\"mapped_accuracy\":%.4f,"
          + "\"unmapped\":%d,\"false_type_share\":%.4f,\"per_type\":{%s},\"out_of_scope\":[%s]}%n", r.records(),
          r.mapped(), r.mappedAccuracy(), r.unmapped(), r.falseTypeShare(), perType,
          r.outOfScope().stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",")));
    } else {
      out.printf(Locale.ROOT, "PLOVER records: %d (%d mapped to the taxonomy, %d not)%n", r.records(), r.mapped(),
          r.unmapped());
      out.printf(Locale.ROOT, "  mapped-type accuracy   %.3f (%d/%d)%n", r.mappedAccuracy(), r.mappedCorrect(),
          r.mapped());
      out.printf(Locale.ROOT, "  false types, unmapped  %.3f (%d/%d)%n", r.falseTypeShare(), r.unmappedWithFalseType(),
          r.unmapped());
      for (Map.Entry<String, Prf> e : r.perType().entrySet()) {
        out.printf(Locale.ROOT, "  %-18s %s%n", e.getKey(), e.getValue().format());
      }
      out.println("  out of scope (no taxonomy type or status): " + String.join(", ", r.outOfScope()));
    }
    if (errors != null) {
      Files.write(errors, r.errors());
    }
    out.flush();
    return 0;
  }

  private int caseScores(CaseScorer.Result r, PrintWriter out) throws java.io.IOException {
    if (json) {
      out.printf(Locale.ROOT, "{\"task\":\"events\",\"format\":\"case2021\",\"snippets\":%d,\"all\":%s,"
          + "\"odd_ids\":%s,\"even_ids\":%s}%n", r.snippets(), r.all().json(), r.odd().json(), r.even().json());
    } else {
      out.printf(Locale.ROOT, "CASE 2021 snippets: %d%n", r.snippets());
      out.println(" all");
      r.all().lines("  ").forEach(out::println);
      out.println(" odd ids");
      r.odd().lines("  ").forEach(out::println);
      out.println(" even ids");
      r.even().lines("  ").forEach(out::println);
    }
    if (errors != null) {
      Files.write(errors, r.errors());
    }
    out.flush();
    return 0;
  }
}
