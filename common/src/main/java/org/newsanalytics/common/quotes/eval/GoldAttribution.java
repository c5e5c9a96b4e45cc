package org.newsanalytics.common.quotes.eval;

import java.util.List;

/**
 * One annotated attribution of a brat file: its content, cue and source spans (each possibly in
 * several fragments; the source is empty for an {@code Attribution-no-source}).
 */
public record GoldAttribution(String id, List<Span> content, List<Span> cue, List<Span> source) {
  public GoldAttribution {
    content = List.copyOf(content);
    cue = List.copyOf(cue);
    source = List.copyOf(source);
  }
}
