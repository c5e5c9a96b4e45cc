package org.newsanalytics.common.table;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A warehouse table's name, schema, key and partitioning, declared once and used by every job
 * and test. The key columns identify a row, so a rerun merges onto the same rows.
 */
public record TableContract(String name, StructType schema, List<String> key, List<String> partitionBy) {
  public TableContract {
    key = List.copyOf(key);
    partitionBy = List.copyOf(partitionBy);
    List<String> columns = Arrays.asList(schema.fieldNames());
    for (String column : key) {
      if (!columns.contains(column)) {
        throw new IllegalArgumentException("Cannot declare table " + name + ": key column " + column + " is not in its schema");
      }
    }
    for (String column : partitionBy) {
      if (!columns.contains(column)) {
        throw new IllegalArgumentException("Cannot declare table " + name + ": partition column " + column + " is not in its schema");
      }
    }
  }

  public List<String> columns() {
    return Arrays.stream(schema.fields()).map(StructField::name).collect(Collectors.toUnmodifiableList());
  }

  /** The SQL condition that matches a source row {@code s} to a target row {@code t} by key. */
  public String keyCondition() {
    return key.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
  }
}
