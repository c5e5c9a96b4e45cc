package org.newsanalytics.common.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** One JSON object per line; blank lines are not records. Field names go through the mapping. */
public final class JsonLinesReader implements RecordReader {
  // a second value after the object (two records glued on one line) is an error, not silently dropped
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final ColumnMapping mapping;

  public JsonLinesReader(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public void read(String inputFile, String content, String defaultSource, RecordSink sink) {
    String[] lines = content.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      String ref = "line " + (i + 1);
      if (line.isEmpty()) {
        continue;
      }
      if (line.indexOf(FileDecoder.REPLACEMENT) >= 0) {
        sink.reject(new Reject(inputFile, ref, RejectReason.INVALID_ENCODING, "line has bytes that are not UTF-8", line));
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        sink.reject(new Reject(inputFile, ref, RejectReason.MALFORMED_RECORD,
            "malformed JSON: " + e.getOriginalMessage(), line));
        continue;
      }
      if (node == null || !node.isObject()) {
        sink.reject(new Reject(inputFile, ref, RejectReason.MALFORMED_RECORD,
            "JSON line is not an object", line));
        continue;
      }
      List<String> fields = new ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      // a field absent from one record is that record's problem (missing date, no text), which
      // the validator names; JSON Lines has no header to be wrong as a whole
      String source = value(node, ColumnMapping.Field.SOURCE, fields);
      sink.accept(new RawRecord(inputFile, ref, source == null ? defaultSource : source,
          value(node, ColumnMapping.Field.URL, fields), value(node, ColumnMapping.Field.TITLE, fields),
          value(node, ColumnMapping.Field.PUBLISHED, fields), value(node, ColumnMapping.Field.TEXT, fields)));
    }
  }

  private String value(JsonNode node, ColumnMapping.Field field, List<String> fields) {
    return mapping.resolve(field, fields).map(node::get)
        .filter(v -> !v.isNull())
        .map(v -> v.isValueNode() ? v.asText() : v.toString())
        .orElse(null);
  }
}
