package org.newsanalytics.common.spark.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsanalytics.common.ingest.ColumnMapping;
import org.newsanalytics.common.ingest.CsvReader;
import org.newsanalytics.common.ingest.FileDecoder;
import org.newsanalytics.common.ingest.InputFormat;
import org.newsanalytics.common.ingest.JsonLinesReader;
import org.newsanalytics.common.ingest.RawRecord;
import org.newsanalytics.common.ingest.RecordReader;
import org.newsanalytics.common.ingest.RecordSink;
import org.newsanalytics.common.ingest.Reject;
import org.newsanalytics.common.ingest.ReutersSgmlReader;
import org.newsanalytics.common.ingest.TextArticleReader;

/**
 * Unlabelled article text for training word embeddings, read with ingest's own readers (dated
 * text, CSV, JSON Lines, Reuters SGML) from files or directories. Files no reader accepts
 * (READMEs, licences, lists) are skipped: this is raw material, not a table, so nothing is
 * reported per record. Local paths only: embeddings are trained on the driver.
 */
public final class EmbeddingCorpus {
  /** Texts read and files that gave none. */
  public record Read(List<String> texts, int files, int filesSkipped) {}

  private EmbeddingCorpus() {}

  public static Read read(List<String> paths) {
    List<String> texts = new ArrayList<>();
    int files = 0;
    int skipped = 0;
    for (String p : paths) {
      Path root = Path.of(p);
      if (!Files.exists(root)) {
        throw new IllegalArgumentException("Cannot read embeddings corpus " + p + ": no such file or directory");
      }
      for (Path file : walk(root)) {
        files++;
        int before = texts.size();
        readFile(file, texts);
        if (texts.size() == before) {
          skipped++;
        }
      }
    }
    return new Read(texts, files, skipped);
  }

  private static List<Path> walk(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list embeddings corpus " + root, e);
    }
  }

  private static void readFile(Path file, List<String> texts) {
    RecordReader reader = switch (InputFormat.fromFileName(file.getFileName().toString()).orElse(InputFormat.AUTO)) {
      case TEXT -> new TextArticleReader();
      case CSV -> new CsvReader(ColumnMapping.defaults());
      case JSONL -> new JsonLinesReader(ColumnMapping.defaults());
      case REUTERS_SGML -> new ReutersSgmlReader();
      default -> null;
    };
    if (reader == null) {
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read embeddings corpus file " + file, e);
    }
    FileDecoder.Decoded decoded = FileDecoder.decode(file.toString(), bytes, FileDecoder.Policy.FALL_BACK_TO_CP1252);
    if (!decoded.ok()) {
      return;
    }
    reader.read(file.toString(), decoded.text(), "corpus", new RecordSink() {
      @Override
      public void accept(RawRecord record) {
        if (record.text() != null && !record.text().isBlank()) {
          texts.add(record.text());
        }
      }

      @Override
      public void reject(Reject reject) {
        // not an article: nothing to learn from
      }
    });
  }
}
