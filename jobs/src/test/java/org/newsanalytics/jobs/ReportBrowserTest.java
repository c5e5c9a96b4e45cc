package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.report.ReportData;
import org.newsanalytics.common.report.TrendReport;
import org.newsanalytics.common.spark.ReportQueries;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.table.Tables;

/**
 * The report from a warehouse: its queries find the demo's events, rounds and quotes, the page
 * has all its charts and no broken image, and headless Chromium renders it to a non-blank PNG
 * (kept in target/report-browser/ to look at).
 */
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  Path tmp;

  private final SparkSession spark = TestSpark.session();

  @Test
  void theDemoWarehouseReportHasDataInEveryChartAndRendersInChromium() throws Exception {
    ReportData data = new ReportQueries(spark, DemoWarehouse.shared(spark)).read("week", Instant.parse("2025-07-01T00:00:00Z"));
    assertEquals(DemoWarehouse.ARTICLES, data.tableRows().get("articles"));
    assertEquals(3, data.talkRounds().rows().size(), "three rounds, the third only planned");
    assertEquals("planned", data.talkRounds().rows().get(2).get(2));
    assertEquals(List.of("Dmitry Peskov", "Donald Trump", "Kaja Kallas", "Volodymyr Zelensky"),
        data.speakers().rows().stream().map(r -> r.get(0)).sorted().toList());
    assertEquals(List.of("distinct attacks", "mentions"), data.attacks().series().stream().map(s -> s.name()).toList());
    assertEquals(List.of("airstrike", "artillery", "drone", "missile"), data.attacksByMode().labels().stream().sorted().toList());
    assertEquals(2, data.rejects().rows().size());

    Path dir = Path.of("target", "report-browser");
    Path page = ReportCommand.write(dir, data);
    String html = Files.readString(page);
    assertEquals(TrendReport.CHART_COUNT, occurrences(html, "<svg"));
    assertEquals(0, occurrences(html, "No data yet"), "every chart has data from the demo warehouse");
    assertNoBrokenImages(html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the quote with markup is shown as text");

    Path png = dir.resolve("report.png");
    screenshot(page, png);
    assertNotBlank(png);
  }

  @Test
  void anEmptyWarehouseGivesTheSameChartsSayingNoDataYet() throws Exception {
    Warehouse empty = new Warehouse(spark, tmp.resolve("empty").toString());
    String html = Files.readString(ReportCommand.write(tmp.resolve("out"),
        new ReportQueries(spark, empty).read("month", Instant.EPOCH)));
    assertEquals(TrendReport.CHART_COUNT, occurrences(html, "<svg"));
    assertEquals(TrendReport.CHART_COUNT - 1, occurrences(html, "No data yet"));
    assertTrue(html.contains("No articles yet"));
    assertFalse(Files.exists(tmp.resolve("empty")), "the report only reads");
  }

  @Test
  void anAttackOfSeveralModesCountsOnceUnderEachMode() {
    Warehouse w = new Warehouse(spark, tmp.resolve("modes").toString());
    List<Row> rows = List.of(
        attackRow("drone,missile", 1), attackRow("drone", 2), attackRow("artillery,drone,missile", 1), attackRow("all", 4));
    w.append(Tables.ATTACK_FREQUENCY, spark.createDataFrame(rows, Tables.ATTACK_FREQUENCY.schema()));
    ReportData data = new ReportQueries(spark, w).read("week", Instant.EPOCH);
    assertEquals(List.of("drone", "missile", "artillery"), data.attacksByMode().labels());
    assertEquals(List.of(4.0, 2.0, 1.0), data.attacksByMode().values());
  }

  private static Row attackRow(String mode, long attacks) {
    return RowFactory.create(mode, "week", Date.valueOf("2025-06-02"), mode, "all", attacks, attacks, attacks, null, null);
  }

  /** Every img, if any, has a src that is inline data or a file that exists beside the page. */
  private static void assertNoBrokenImages(String html) {
    Matcher img = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
    while (img.find()) {
      Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(img.group());
      assertTrue(src.find(), "img without src: " + img.group());
      assertTrue(src.group(1).startsWith("data:image/"), "img not inline: " + img.group());
    }
  }

  private void screenshot(Path page, Path png) throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM)) {
      // CI installs chromium (.ci/run); there a missing browser is a failure, not a skip
      assertFalse(System.getenv("CI") != null, "CI must install chromium (/usr/bin/chromium)");
      Assumptions.assumeTrue(false, "chromium not installed: apt-get install -y chromium");
    }
    Files.deleteIfExists(png);
    Path profile = Files.createTempDirectory(tmp, "chromium-profile");
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--screenshot=" + png.toAbsolutePath(), "--window-size=1360,2400",
        page.toAbsolutePath().toUri().toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
    boolean done = p.waitFor(180, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    assertTrue(done, "chromium did not finish in 180 s");
    assertTrue(Files.exists(png), "no screenshot; chromium said: " + Files.readString(tmp.resolve("chromium.log")));
  }

  /** A blank or failed render is one colour; charts in several colours and text give many. */
  private static void assertNotBlank(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1360, image.getWidth());
    Set<Integer> colours = new HashSet<>();
    long notWhite = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          notWhite++;
        }
      }
    }
    long sampled = (long) (image.getHeight() / 2) * (image.getWidth() / 2);
    assertTrue(colours.size() > 100, "only " + colours.size() + " colours");
    assertTrue(notWhite > sampled / 50, "only " + notWhite + " of " + sampled + " sampled pixels are not white");
    // the palette's first colour (series 1, bars) must be on screen: the charts were drawn
    assertTrue(colours.contains(0x0072B2), "no chart colour on the page");
  }

  private static int occurrences(String s, String needle) {
    return s.split(Pattern.quote(needle), -1).length - 1;
  }
}
