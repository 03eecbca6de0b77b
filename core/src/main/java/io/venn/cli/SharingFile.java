package io.venn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.view.Level;
import io.venn.view.PopulationPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code venn encode --policy FILE}: the owner's sharing policy by population <em>label</em>, kept on
 * its own machine. In blind mode the service knows populations only as keyed tokens, so it cannot
 * apply a policy that names labels; the encoder declares each population's level next to its token
 * in the encoded list instead. Same JSON as the service's {@code PUT .../sharing} body: {@code
 * {"default": {"level": "COUNTS"}, "populations": {"Customers": {"level": "OVERLAPS", "fields":
 * ["name", "domain"]}}}}.
 */
final class SharingFile {
  /** No file: every population follows the policy held by the service. */
  static final SharingFile NONE = new SharingFile(null, Map.of());

  private final PopulationPolicy fallback;
  private final Map<String, PopulationPolicy> populations;

  private SharingFile(PopulationPolicy fallback, Map<String, PopulationPolicy> populations) {
    this.fallback = fallback;
    this.populations = populations;
  }

  /** The population labels the file names. */
  java.util.Set<String> named() {
    return populations.keySet();
  }

  /** The declared policy of a population label: its own entry, else the file's default, else none (null). */
  PopulationPolicy declared(String label) {
    return populations.getOrDefault(label, fallback);
  }

  static SharingFile read(Path file) throws CliException {
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(KeyFiles.read(file));
    } catch (IOException e) {
      throw CliException.input(file.toString(), "not a sharing policy in JSON (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
    }
    if (json == null || !json.isObject()) {
      throw CliException.input(file.toString(), "a sharing policy is a JSON object with \"default\" and/or \"populations\"");
    }
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("default") && !name.equals("populations")) {
        throw CliException.input(file.toString(), "unknown key \"" + name + "\"; a sharing policy has \"default\" and \"populations\"");
      }
    }
    PopulationPolicy fallback = json.has("default") ? policy(file, "default", json.get("default")) : null;
    Map<String, PopulationPolicy> populations = new HashMap<>();
    JsonNode pops = json.path("populations");
    if (!pops.isMissingNode() && !pops.isObject()) {
      throw CliException.input(file.toString(), "\"populations\" maps population labels to policies");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = pops.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      populations.put(e.getKey(), policy(file, "populations." + e.getKey(), e.getValue()));
    }
    return new SharingFile(fallback, Map.copyOf(populations));
  }

  private static PopulationPolicy policy(Path file, String where, JsonNode node) throws CliException {
    String levelText = node.path("level").asText("");
    Level level;
    try {
      level = Level.valueOf(levelText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CliException.input(file.toString(), where + ": level must be HIDDEN, COUNTS or OVERLAPS, was '" + levelText + "'");
    }
    List<String> fields = new ArrayList<>();
    for (JsonNode f : node.path("fields")) {
      String name = f.asText().strip().toLowerCase(Locale.ROOT);
      if (!name.matches("[a-z0-9_.-]+")) {
        throw CliException.input(file.toString(), where + ": a field name is letters, digits, '_', '.' or '-', was '" + f.asText() + "'");
      }
      fields.add(name);
    }
    try {
      return new PopulationPolicy(level, fields);
    } catch (IllegalArgumentException e) {
      throw CliException.input(file.toString(), where + ": " + e.getMessage());
    }
  }
}
