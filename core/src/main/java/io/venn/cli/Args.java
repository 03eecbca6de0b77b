package io.venn.cli;

import io.venn.read.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The options of one command: {@code --flag value}, {@code --flag=value}, repeatable and boolean flags. */
final class Args {
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private Args() {}

  /**
   * @param withValue flags that take a value (each may be repeated only if listed in {@code repeatable})
   * @param booleans flags that take none
   * @throws CliException on an unknown flag, a missing value, a repeated flag, or a stray argument
   */
  static Args parse(List<String> args, Set<String> withValue, Set<String> repeatable, Set<String> booleans) throws CliException {
    Args parsed = new Args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw CliException.usage(arg, "unexpected argument; options start with --");
      }
      String flag = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        flag = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (booleans.contains(flag) && value == null) {
        parsed.values.computeIfAbsent(flag, f -> new ArrayList<>()).add("true");
        continue;
      }
      if (!withValue.contains(flag) && !repeatable.contains(flag)) {
        throw CliException.usage(flag, "unknown option");
      }
      if (value == null) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw CliException.usage(flag, "needs a value");
        }
        value = args.get(++i);
      }
      List<String> seen = parsed.values.computeIfAbsent(flag, f -> new ArrayList<>());
      if (!seen.isEmpty() && !repeatable.contains(flag)) {
        throw CliException.usage(flag, "given twice");
      }
      seen.add(value);
    }
    return parsed;
  }

  boolean has(String flag) {
    return values.containsKey(flag);
  }

  String get(String flag) {
    List<String> v = values.get(flag);
    return v == null ? null : v.get(0);
  }

  String required(String flag) throws CliException {
    String v = get(flag);
    if (v == null || v.isBlank()) {
      throw CliException.usage(flag, "is required");
    }
    return v;
  }

  Path path(String flag) {
    String v = get(flag);
    return v == null ? null : Path.of(v);
  }

  /** The {@code --map field=Header} overrides. */
  Map<Field, String> mapping() throws CliException {
    Map<Field, String> map = new EnumMap<>(Field.class);
    for (String m : values.getOrDefault("--map", List.of())) {
      int eq = m.indexOf('=');
      Field field = eq > 0 ? field(m.substring(0, eq)) : null;
      if (field == null || m.substring(eq + 1).isBlank()) {
        throw CliException.usage("--map " + m, "expected field=Header with field one of " + fieldKeys());
      }
      map.put(field, m.substring(eq + 1).strip());
    }
    return map;
  }

  private static Field field(String key) {
    for (Field f : Field.values()) {
      if (f.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  private static String fieldKeys() {
    List<String> keys = new ArrayList<>();
    for (Field f : Field.values()) {
      keys.add(f.key());
    }
    return String.join(", ", keys);
  }
}
