package org.newsanalytics.common.eval;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the main-text gold pages into one gzipped WARC (jwarc's writer) for {@code bench}: each
 * page as an HTTP 200 {@code response} record under its own URL, the whole set {@code copies}
 * times (copy k &gt; 0 gets {@code ?copy=k}), so a bench corpus of thousands of real pages needs no
 * download. Nothing of it is committed: write it under target/ or /tmp.
 *
 * <p>{@code java -cp jobs/target/news-analytics-jobs-all.jar org.newsanalytics.common.eval.GoldPagesWarc
 * ../shared/data/gold/html-extraction 'target/dev-pages-{k}.warc.gz' 3}
 */
public final class GoldPagesWarc {
  private GoldPagesWarc() {}

  /** {@code out} containing {@code {k}} writes one file per copy (so Spark reads them in parallel), else one file. */
  public static long write(List<HtmlGold.Page> pages, String out, int copies) throws IOException {
    long records = 0;
    Instant crawled = Instant.parse("2024-01-15T12:00:00Z");
    WarcWriter writer = null;
    try {
      for (int k = 0; k < copies; k++) {
        if (writer == null || out.contains("{k}")) {
          if (writer != null) {
            writer.close();
          }
          writer = new WarcWriter(FileChannel.open(Path.of(out.replace("{k}", Integer.toString(k))),
              StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
        }
        for (HtmlGold.Page page : pages) {
          byte[] html = Files.readAllBytes(page.html());
          HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, html).build();
          String url = k == 0 ? page.url() : page.url() + (page.url().contains("?") ? "&" : "?") + "copy=" + k;
          writer.write(new WarcResponse.Builder(url).date(crawled).body(http).build());
          records++;
        }
      }
    } finally {
      if (writer != null) {
        writer.close();
      }
    }
    return records;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GoldPagesWarc GOLD_DIR OUT.warc.gz|OUT-{k}.warc.gz COPIES");
      System.exit(2);
    }
    long n = write(HtmlGold.read(Path.of(args[0])), args[1], Integer.parseInt(args[2]));
    System.out.println("wrote " + n + " response records to " + args[1]);
  }
}
