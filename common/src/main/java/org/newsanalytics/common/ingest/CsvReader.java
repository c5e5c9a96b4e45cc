package org.newsanalytics.common.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row (RFC 4180: quoted fields may span lines). A row with the wrong
 * number of fields is refused alone; a broken quote leaves the parser unable to find the next
 * row, so the rest of the file becomes one reject that says where it broke.
 */
public final class CsvReader implements RecordReader {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).build();
  private final ColumnMapping mapping;

  public CsvReader(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public void read(String inputFile, String content, String defaultSource, RecordSink sink) {
    try (CSVParser parser = CSVParser.parse(new StringReader(content), FORMAT)) {
      List<String> header = parser.getHeaderNames();
      var missing = mapping.missing(header);
      if (missing.isPresent()) {
        sink.reject(new Reject(inputFile, "header", RejectReason.MISSING_COLUMN, missing.get(), content));
        return;
      }
      String url = mapping.resolve(ColumnMapping.Field.URL, header).orElse(null);
      String title = mapping.resolve(ColumnMapping.Field.TITLE, header).orElse(null);
      String published = mapping.resolve(ColumnMapping.Field.PUBLISHED, header).orElse(null);
      String text = mapping.resolve(ColumnMapping.Field.TEXT, header).orElse(null);
      String source = mapping.resolve(ColumnMapping.Field.SOURCE, header).orElse(null);
      Iterator<CSVRecord> rows = parser.iterator();
      long lastGoodLine = 1;
      long rowNumber = 0;
      while (true) {
        CSVRecord row;
        try {
          if (!rows.hasNext()) {
            break;
          }
          row = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          String rest = restOf(content, lastGoodLine);
          sink.reject(new Reject(inputFile, "row " + (rowNumber + 1) + " (after line " + lastGoodLine + ")",
              RejectReason.MALFORMED_RECORD, "broken CSV quoting, the rest of the file could not be read: "
              + rootMessage(e), rest));
          return;
        }
        if (row.size() == 1 && row.get(0).isBlank() && header.size() > 1) {
          lastGoodLine = parser.getCurrentLineNumber(); // a blank line is not a row (RFC4180 keeps them)
          continue;
        }
        rowNumber++;
        String ref = "row " + rowNumber + " (line " + (lastGoodLine + 1) + ")";
        lastGoodLine = parser.getCurrentLineNumber();
        if (!row.isConsistent()) {
          sink.reject(new Reject(inputFile, ref, RejectReason.MALFORMED_RECORD,
              "row has " + row.size() + " fields, the header has " + header.size(), String.join(",", row.values())));
          continue;
        }
        String rowText = String.join(",", row.values());
        if (rowText.indexOf(FileDecoder.REPLACEMENT) >= 0) {
          sink.reject(new Reject(inputFile, ref, RejectReason.INVALID_ENCODING, "row has bytes that are not UTF-8", rowText));
          continue;
        }
        String rowSource = get(row, source);
        sink.accept(new RawRecord(inputFile, ref, rowSource == null || rowSource.isBlank() ? defaultSource : rowSource,
            get(row, url), get(row, title), get(row, published), get(row, text)));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      sink.reject(new Reject(inputFile, "header", RejectReason.MALFORMED_RECORD,
          "cannot read CSV header: " + rootMessage(e), content));
    }
  }

  private static String get(CSVRecord row, String column) {
    if (column == null || !row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    return row.get(column);
  }

  private static String restOf(String content, long afterLine) {
    int index = 0;
    for (long line = 0; line < afterLine && index >= 0; line++) {
      index = content.indexOf('\n', index);
      if (index >= 0) {
        index++;
      }
    }
    return index < 0 ? "" : content.substring(index);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
