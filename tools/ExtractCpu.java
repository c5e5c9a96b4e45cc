import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsanalytics.common.extract.Analysis;
import org.newsanalytics.common.extract.ArticleAnalyzer;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.ingest.ColumnMapping;
import org.newsanalytics.common.ingest.CsvReader;
import org.newsanalytics.common.ingest.RawRecord;
import org.newsanalytics.common.ingest.RecordSink;
import org.newsanalytics.common.ingest.Reject;
import org.newsanalytics.common.ner.LinearNerModel;
import org.newsanalytics.common.ner.LinearNerTagger;

/**
 * Extract's per-article work without Spark: the CSV corpus's bodies, NER mentions (when a model
 * directory is given) made once up front, then ArticleAnalyzer.analyze over every article, PASSES
 * times on one thread; prints CPU time per pass (warm from the second on). Profile it with
 * -XX:StartFlightRecording=filename=x.jfr,settings=profile and `jfr print --events jdk.ExecutionSample`.
 *
 *   java -cp "jobs/target/news-analytics-jobs-all.jar:spark-home/target/spark-home/jars/*" \
 *     tools/ExtractCpu.java ../shared/data/corpora/ru-ua-statements 5 data/models/ner
 */
public class ExtractCpu {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ExtractCpu CSV_DIR PASSES [NER_MODEL_DIR]");
      System.exit(2);
    }
    List<RawRecord> records = new ArrayList<>();
    CsvReader reader = new CsvReader(ColumnMapping.defaults());
    try (var files = Files.newDirectoryStream(Path.of(args[0]), "*.csv")) {
      for (Path p : files) {
        reader.read(p.toString(), Files.readString(p), "corpus", new RecordSink() {
          public void accept(RawRecord r) {
            if (r.text() != null && r.published() != null && r.published().length() >= 10) {
              records.add(r);
            }
          }

          public void reject(Reject r) {}
        });
      }
    }
    LinearNerTagger tagger = args.length > 2 ? LinearNerModel.load(Path.of(args[2])).newTagger() : null;
    List<ArticleDoc> docs = new ArrayList<>();
    for (RawRecord r : records) {
      String text = r.text();
      LocalDate published = LocalDate.parse(r.published().substring(0, 10));
      List<SentenceSpan> sentences = SentenceSplitter.split(text);
      List<EntityMention> raw = new ArrayList<>();
      if (tagger != null) {
        ArticleDoc shell = new ArticleDoc(r.url(), published, text, sentences, List.of());
        for (LinearNerTagger.Mention m : tagger.tag(text, sentences)) {
          raw.add(new EntityMention(shell.sentenceAt(m.begin()).index(), m.begin(), m.end(),
              text.substring(m.begin(), m.end()), m.label(), null, "model", m.confidence()));
        }
      }
      docs.add(new ArticleDoc(r.url(), published, text, sentences, raw));
    }
    System.out.println("articles " + docs.size() + (tagger == null ? ", no NER mentions" : ", with NER mentions"));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ArticleAnalyzer analyzer = ArticleAnalyzer.shared();
    for (int pass = 0; pass < Integer.parseInt(args[1]); pass++) {
      long rows = 0;
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      for (ArticleDoc doc : docs) {
        Analysis a = analyzer.analyze(doc);
        rows += a.entities().size() + a.quotes().size() + a.events().size();
      }
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf("pass %d: cpu %.2f s = %.2f ms/article = %.0f articles per CPU-second; wall %.2f s; rows %d%n",
          pass, cpu, cpu * 1000 / docs.size(), docs.size() / cpu, (System.nanoTime() - wall0) / 1e9, rows);
    }
  }
}
