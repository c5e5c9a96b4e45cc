package org.newsanalytics.common.spark;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.newsanalytics.common.ingest.Article;
import org.newsanalytics.common.ingest.ArticleValidator;
import org.newsanalytics.common.ingest.ColumnMapping;
import org.newsanalytics.common.ingest.CsvReader;
import org.newsanalytics.common.ingest.FileDecoder;
import org.newsanalytics.common.ingest.IngestLimits;
import org.newsanalytics.common.ingest.InputFormat;
import org.newsanalytics.common.ingest.JsonLinesReader;
import org.newsanalytics.common.ingest.RawRecord;
import org.newsanalytics.common.ingest.RecordReader;
import org.newsanalytics.common.ingest.RecordSink;
import org.newsanalytics.common.ingest.Reject;
import org.newsanalytics.common.ingest.RejectReason;
import org.newsanalytics.common.ingest.ReutersSgmlReader;
import org.newsanalytics.common.ingest.TextArticleReader;
import org.newsanalytics.common.web.PageDates;
import org.newsanalytics.common.web.WarcArchiveReader;
import org.newsanalytics.common.web.WebLimits;
import org.newsanalytics.common.web.WebPageRecords;
import org.newsanalytics.common.web.WebSink;

/**
 * The executor side of ingest: reads each planned file, decodes it, runs its format's reader
 * and validates every record. One output row per record read, an article or a reject, so
 * counts reconcile by construction.
 */
public final class ParsedRecords {
  public static final String ARTICLE = "article";
  public static final String REJECT = "reject";
  /** An archive record passed over on purpose (a request, an image, a redirect): counted as read, stored nowhere. */
  public static final String SKIPPED = "skipped";

  /** Internal (not a warehouse table): the union of an article row and a reject row. */
  public static final StructType SCHEMA = new StructType()
      .add("kind", StringType, false)
      .add("seq", LongType, false)
      .add("article_id", StringType)
      .add("source", StringType)
      .add("url", StringType)
      .add("title", StringType)
      .add("published_at", TimestampType)
      .add("published_date", DateType)
      .add("language", StringType)
      .add("text", StringType)
      .add("content_hash", StringType)
      .add("input_file", StringType)
      .add("record_ref", StringType)
      .add("reason_code", StringType)
      .add("reason", StringType)
      .add("raw_excerpt", StringType)
      .add("date_source", StringType);

  public static final StructType FILE_SCHEMA = new StructType()
      .add("path", StringType, false)
      .add("format", StringType, false)
      .add("source", StringType);

  private ParsedRecords() {}

  public static Row fileRow(InputPlanner.PlannedFile file) {
    return RowFactory.create(file.path(), file.format().name(), file.source());
  }

  public static Row rejectRow(Reject r, long seq) {
    return RowFactory.create(REJECT, seq, null, null, null, null, null, null, null, null, null,
        r.inputFile(), r.recordRef(), r.reason().code(), r.message(), r.rawExcerpt(), null);
  }

  static Row skippedRow(String inputFile, String recordRef, String why, long seq) {
    return RowFactory.create(SKIPPED, seq, null, null, null, null, null, null, null, null, null,
        inputFile, recordRef, null, why, null, null);
  }

  static Row articleRow(Article a, long seq) {
    return RowFactory.create(ARTICLE, seq, a.articleId(), a.source(), a.url(), a.title(),
        Timestamp.from(a.publishedAt()), Date.valueOf(a.publishedDate()), a.language(), a.text(), a.contentHash(),
        a.inputFile(), a.recordRef(), null, null, null, a.dateSource());
  }

  /** Reads whole files (rows of {@link #FILE_SCHEMA}) into parsed rows. */
  public static final class FromFiles implements FlatMapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private final ColumnMapping mapping;
    private final IngestLimits limits;

    public FromFiles(ColumnMapping mapping, IngestLimits limits) {
      this.mapping = mapping;
      this.limits = limits;
    }

    @Override
    public Iterator<Row> call(Row file) {
      String path = file.getString(0);
      InputFormat format = InputFormat.valueOf(file.getString(1));
      String source = file.getString(2);
      List<Row> out = new ArrayList<>();
      if (format == InputFormat.WARC || format == InputFormat.HTML) {
        readWeb(path, format, source, out);
        return out.iterator();
      }
      byte[] bytes;
      try {
        bytes = readAll(path);
      } catch (IOException | RuntimeException e) {
        out.add(rejectRow(new Reject(path, "file", RejectReason.UNREADABLE, "cannot read: " + e.getMessage(), null), 0));
        return out.iterator();
      }
      FileDecoder.Decoded decoded = FileDecoder.decode(path, bytes, policy(format));
      if (!decoded.ok()) {
        out.add(rejectRow(decoded.reject(), 0));
        return out.iterator();
      }
      ArticleValidator validator = new ArticleValidator(limits);
      reader(format).read(path, decoded.text(), source, new RecordSink() {
        @Override
        public void accept(RawRecord record) {
          var outcome = validator.validate(record);
          out.add(outcome.article() != null ? articleRow(outcome.article(), out.size()) : rejectRow(outcome.reject(), out.size()));
        }

        @Override
        public void reject(Reject reject) {
          out.add(rejectRow(reject, out.size()));
        }
      });
      return out.iterator();
    }

    /** Web input: a WARC/ARC streamed record by record, or one HTML page (gzipped or not) per file. */
    private void readWeb(String path, InputFormat format, String source, List<Row> out) {
      ArticleValidator validator = new ArticleValidator(limits);
      WebSink sink = new WebSink() {
        @Override
        public void accept(RawRecord record) {
          var outcome = validator.validate(record);
          out.add(outcome.article() != null ? articleRow(outcome.article(), out.size()) : rejectRow(outcome.reject(), out.size()));
        }

        @Override
        public void reject(Reject reject) {
          out.add(rejectRow(reject, out.size()));
        }

        @Override
        public void skip(String recordRef, String why) {
          out.add(skippedRow(path, recordRef, why, out.size()));
        }
      };
      Path p = new Path(path);
      try {
        FileSystem fs = p.getFileSystem(new Configuration());
        if (format == InputFormat.WARC) {
          try (InputStream in = fs.open(p)) {
            new WarcArchiveReader(WebLimits.defaults()).read(path, in, source, sink);
          }
          return;
        }
        long modified = fs.getFileStatus(p).getModificationTime();
        byte[] bytes;
        try (InputStream raw = fs.open(p);
            InputStream in = path.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
          bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, WebLimits.DEFAULT_MAX_PAGE_BYTES + 1));
        }
        if (bytes.length == 0) {
          out.add(rejectRow(new Reject(path, "file", RejectReason.EMPTY_FILE, "file is empty (0 bytes)", ""), 0));
          return;
        }
        new WebPageRecords(WebLimits.defaults()).read(path, "file", source, null, null, bytes,
            java.time.Instant.ofEpochMilli(modified), PageDates.Source.FILE_TIME, sink);
      } catch (java.io.EOFException e) {
        out.add(rejectRow(new Reject(path, "file", RejectReason.TRUNCATED_RECORD, "gzip stream ends early: " + e.getMessage(), null), out.size()));
      } catch (IOException | RuntimeException e) {
        out.add(rejectRow(new Reject(path, "file", RejectReason.UNREADABLE, "cannot read: " + e, null), out.size()));
      }
    }

    private RecordReader reader(InputFormat format) {
      return switch (format) {
        case TEXT -> new TextArticleReader();
        case JSONL -> new JsonLinesReader(mapping);
        case CSV -> new CsvReader(mapping);
        case REUTERS_SGML -> new ReutersSgmlReader();
        default -> throw new IllegalArgumentException("Cannot read format " + format + " as whole files");
      };
    }

    private static FileDecoder.Policy policy(InputFormat format) {
      return switch (format) {
        case TEXT -> FileDecoder.Policy.REJECT_FILE;
        case REUTERS_SGML -> FileDecoder.Policy.FALL_BACK_TO_CP1252;
        default -> FileDecoder.Policy.MARK_RECORDS;
      };
    }

    private static byte[] readAll(String path) throws IOException {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(new Configuration());
      try (InputStream in = fs.open(p)) {
        return in.readAllBytes();
      }
    }
  }

  /** Validates records already split into columns (Parquet): url, title, published, text, source, input_file, record_ref. */
  public static final class FromColumns implements FlatMapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private final IngestLimits limits;

    public FromColumns(IngestLimits limits) {
      this.limits = limits;
    }

    @Override
    public Iterator<Row> call(Row r) {
      var outcome = new ArticleValidator(limits).validate(new RawRecord(r.getString(5), r.getString(6), r.getString(4),
          r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
      Row row = outcome.article() != null ? articleRow(outcome.article(), 0) : rejectRow(outcome.reject(), 0);
      return List.of(row).iterator();
    }
  }
}
