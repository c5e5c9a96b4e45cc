package org.newsanalytics.common.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Lays out the one-page HTML trend report: summary, charts (inline SVG), then tables. */
public final class TrendReport {
  /** How many charts the page has, whatever the data: tests and readers can rely on it. */
  public static final int CHART_COUNT = 7;

  private static final String NO_EXTRACTION = "No data yet: run extract and trends on this warehouse.";

  private static final String CSS = """
      body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:24px auto;max-width:1340px;color:#222;background:#fff}
      h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
      .meta{color:#555;font-size:13px}
      .cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}
      .card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:110px}
      .card b{display:block;font-size:20px}.card span{font-size:12px;color:#555}
      .charts{display:flex;flex-wrap:wrap;gap:16px}
      svg.chart{border:1px solid #e2e2e2;border-radius:6px;background:#fff;max-width:100%;height:auto}
      svg text{font-size:11px;fill:#333}svg text.title{font-size:14px;font-weight:bold}
      svg text.empty{font-size:13px;fill:#777}svg text.v{font-size:10px;fill:#555}
      table{border-collapse:collapse;font-size:13px;margin:6px 0 12px;width:100%}
      th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f3f5f8}tr:nth-child(even) td{background:#fafafa}
      p.empty{color:#777;font-style:italic}
      """;

  private TrendReport() {}

  public static String render(ReportData d) {
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>News trends report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    b.append("<h1>News trends report</h1>\n<p class=\"meta\">Warehouse <code>").append(Html.escape(d.warehouse()))
        .append("</code> · per ").append(Html.escape(d.granularity())).append(" · generated ")
        .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d.generatedAt().atOffset(ZoneOffset.UTC).withNano(0)))
        .append(" UTC</p>\n");
    b.append("<div class=\"cards\">\n");
    for (Map.Entry<String, Long> e : d.tableRows().entrySet()) {
      b.append("<div class=\"card\"><b>").append(e.getValue()).append("</b><span>").append(Html.escape(e.getKey()))
          .append("</span></div>\n");
    }
    b.append("</div>\n");

    String per = " per " + d.granularity();
    b.append("<h2>Trends</h2>\n<div class=\"charts\">\n")
        .append(SvgChart.line("Articles" + per + " (originals and copies)", d.articles(), "No articles yet: run ingest."))
        .append(SvgChart.line("Attacks" + per + ": distinct attacks vs mentions", d.attacks(), NO_EXTRACTION))
        .append(SvgChart.line("Killed and injured" + per + " (smallest credible report)", d.casualties(), NO_EXTRACTION))
        .append(SvgChart.bars("Distinct attacks by mode (mixed attacks count under each)", d.attacksByMode().labels(),
            d.attacksByMode().values(), NO_EXTRACTION))
        .append(SvgChart.line("Sanction mentions" + per + " by status", d.sanctions(), NO_EXTRACTION))
        .append(SvgChart.line("Most mentioned entities" + per, d.entities(), NO_EXTRACTION))
        .append(SvgChart.bars("Most quoted speakers", d.topSpeakers().labels(), d.topSpeakers().values(), NO_EXTRACTION))
        .append("</div>\n");
    if (!d.outOfRange().isEmpty()) {
      b.append("<p class=\"note\">").append(Html.escape(d.outOfRange())).append("</p>\n");
    }

    section(b, "Top events (by number of mentions)", d.topEvents());
    section(b, "Peace-talk rounds", d.talkRounds());
    section(b, "Top quoted speakers", d.speakers());
    section(b, "Latest quotes of the top speakers", d.quotes());
    section(b, "Rejected input (by reason)", d.rejects());
    return b.append("</body>\n</html>\n").toString();
  }

  private static void section(StringBuilder b, String title, TableData table) {
    b.append("<h2>").append(Html.escape(title)).append("</h2>\n").append(Html.table(table));
  }
}
