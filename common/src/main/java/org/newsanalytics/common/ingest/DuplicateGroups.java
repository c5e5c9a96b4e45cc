package org.newsanalytics.common.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles linked by copy relations (exact or near) and names, for each, the earliest
 * article of its group: that is the original every copy's {@code duplicate_of} points at.
 * Ties on time go to the smaller id, so the answer does not depend on input order.
 */
public final class DuplicateGroups {
  /** Two articles found to be copies of each other, with publication times in epoch ms. */
  public record Link(String a, long aTime, String b, long bTime) {}

  private record Node(String id, long time) {}

  private static final Comparator<Node> EARLIEST = Comparator.comparingLong(Node::time).thenComparing(Node::id);

  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Node> nodes = new HashMap<>();

  public DuplicateGroups(List<Link> links) {
    for (Link link : links) {
      add(link.a(), link.aTime());
      add(link.b(), link.bTime());
      union(link.a(), link.b());
    }
  }

  /** The earliest article in the group of {@code id}; the id itself when it has no copies. */
  public String originalOf(String id) {
    return parent.containsKey(id) ? find(id) : id;
  }

  /** Every article in a group that is not its group's original, mapped to the original. */
  public Map<String, String> copies() {
    Map<String, String> out = new HashMap<>();
    for (String id : parent.keySet()) {
      String root = find(id);
      if (!root.equals(id)) {
        out.put(id, root);
      }
    }
    return out;
  }

  private void add(String id, long time) {
    nodes.putIfAbsent(id, new Node(id, time));
    parent.putIfAbsent(id, id);
  }

  private String find(String id) {
    String root = id;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    for (String p = id; !p.equals(root); ) {
      String next = parent.get(p);
      parent.put(p, root);
      p = next;
    }
    return root;
  }

  private void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) {
      return;
    }
    // the earlier article stays the root, so the root is always the group's original
    if (EARLIEST.compare(nodes.get(ra), nodes.get(rb)) <= 0) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }
}
