package io.venn.service.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stable, readable order for record fields: the standard ones first, then free attributes A-Z. */
final class FieldOrder {
  private static final List<String> STANDARD =
      List.of("id", "name", "domain", "country", "city", "state", "phone", "registration", "population");

  private FieldOrder() {}

  static List<String> sorted(Collection<String> keys) {
    List<String> out = new ArrayList<>();
    for (String k : STANDARD) {
      if (keys.contains(k)) {
        out.add(k);
      }
    }
    keys.stream().filter(k -> !STANDARD.contains(k)).sorted().forEach(out::add);
    return out;
  }

  static Map<String, String> ordered(Map<String, String> record) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : sorted(record.keySet())) {
      out.put(k, record.get(k));
    }
    return out;
  }
}
