package org.newsanalytics.jobs;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsanalytics.common.eval.HtmlExtractionRun;
import org.newsanalytics.common.eval.HtmlExtractionScorer;
import org.newsanalytics.common.eval.HtmlGold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate html}: main text, title and date of web pages against the with/without snippet gold. No Spark. */
@Command(name = "html", mixinStandardHelpOptions = true,
    description = {
        "Score web-page reading on the main-text gold (evaldata.json + cache/ and eval/): per snippet after collapsing "
            + "whitespace, a 'with' snippet found is a true positive, a 'without' snippet found a false positive; "
            + "'all right' is the share of pages with every snippet right. Title: equal after collapsing whitespace; "
            + "date: the same day, on pages whose annotation has one.",
        "Halves: pages in file-name order, A at even positions (used for error analysis), B at odd ones."})
public final class EvaluateHtmlCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold directory (holds evaldata.json).")
  Path gold;

  @Option(names = "--peer", paramLabel = "FILE",
      description = "Also score a peer's output, JSON {url: {text, title, date}} (tools/trafilatura_peer.py writes it).")
  Path peer;

  @Option(names = "--misses", paramLabel = "FILE", description = "Write this project's wrong pages (TSV) to FILE.")
  Path misses;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<HtmlGold.Page> pages = HtmlGold.read(gold);
    long started = System.nanoTime();
    List<HtmlExtractionScorer.PageScore> mine = HtmlExtractionRun.run(pages);
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    List<String> rows = new ArrayList<>();
    rows.add(line("news-analytics", mine, json));
    if (peer != null) {
      rows.add(line("peer " + peer.getFileName(), HtmlExtractionRun.peer(pages, peer), json));
    }
    if (json) {
      out.printf(Locale.ROOT, "{\"task\":\"html\",\"pages\":%d,\"pages_per_second\":%.1f,\"results\":[%s]}%n",
          pages.size(), pages.size() / seconds, String.join(",", rows));
    } else {
      out.printf(Locale.ROOT, "Main text on %d pages (%.1f pages/s, 1 thread)%n", pages.size(), pages.size() / seconds);
      rows.forEach(out::println);
    }
    if (misses != null) {
      List<String> lines = new ArrayList<>();
      for (HtmlExtractionScorer.PageScore s : mine) {
        if (!s.allRight()) {
          lines.add(s.page().half() + "\ttext\t" + s.page().html().getFileName() + "\tmissed " + s.missed() + "\tleaked " + s.leaked());
        }
        if (s.page().date() != null && (s.got().date() == null || !s.page().date().startsWith(s.got().date()))) {
          lines.add(s.page().half() + "\tdate\t" + s.page().html().getFileName() + "\t" + s.page().date() + "\tgot " + s.got().date());
        }
      }
      Files.write(misses, lines);
    }
    out.flush();
    return 0;
  }

  private static String line(String name, List<HtmlExtractionScorer.PageScore> scores, boolean json) {
    var all = HtmlExtractionScorer.total(scores, s -> true);
    var a = HtmlExtractionScorer.total(scores, s -> "A".equals(s.page().half()));
    var b = HtmlExtractionScorer.total(scores, s -> "B".equals(s.page().half()));
    if (json) {
      return "{\"extractor\":\"" + name + "\",\"all\":" + all.json() + ",\"half_a\":" + a.json() + ",\"half_b\":" + b.json() + "}";
    }
    return name + "\n  all     " + all.format() + "\n  half A  " + a.format() + "\n  half B  " + b.format();
  }
}
