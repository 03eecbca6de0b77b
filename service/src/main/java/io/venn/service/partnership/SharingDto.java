package io.venn.service.partnership;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.venn.service.system.BadInputException;
import io.venn.view.Level;
import io.venn.view.PopulationPolicy;
import io.venn.view.SharingPolicy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JSON form of a sharing policy, as the API takes and returns it and as it is stored:
 * {@code {"default":{"level":"COUNTS"},"populations":{"Customers":{"level":"OVERLAPS","fields":["name"]}}}}.
 */
public record SharingDto(@JsonProperty("default") PolicyDto defaultPolicy, Map<String, PolicyDto> populations) {
  private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_ .\\-]{1,100}");

  /** One population's level and, for OVERLAPS, the shared fields. */
  public record PolicyDto(String level, List<String> fields) {}

  public static SharingDto of(SharingPolicy policy) {
    Map<String, PolicyDto> pops = new LinkedHashMap<>();
    policy.populations().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> pops.put(e.getKey(), dto(e.getValue())));
    return new SharingDto(dto(policy.defaultPolicy()), pops);
  }

  /**
   * The policy as the partner may see it: HIDDEN populations are left out entirely, since HIDDEN
   * promises the partner does not learn even that the population exists.
   */
  public static SharingDto seenByPartner(SharingPolicy policy) {
    Map<String, PolicyDto> pops = new LinkedHashMap<>();
    policy.populations().entrySet().stream()
        .filter(e -> e.getValue().level() != Level.HIDDEN)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> pops.put(e.getKey(), dto(e.getValue())));
    return new SharingDto(dto(policy.defaultPolicy()), pops);
  }

  private static PolicyDto dto(PopulationPolicy p) {
    return new PolicyDto(p.level().name(), p.level() == Level.OVERLAPS ? p.fields() : null);
  }

  /**
   * @throws BadInputException naming the population and the problem: unknown level, fields with a level
   *     other than OVERLAPS, OVERLAPS without fields, or an odd field name
   */
  public SharingPolicy toPolicy() {
    if (defaultPolicy == null) {
      throw new BadInputException("'default' is required, e.g. {\"default\":{\"level\":\"COUNTS\"}}.");
    }
    Map<String, PopulationPolicy> pops = new LinkedHashMap<>();
    if (populations != null) {
      for (Map.Entry<String, PolicyDto> e : populations.entrySet()) {
        if (e.getKey() == null || e.getKey().isBlank()) {
          throw new BadInputException("A population name in 'populations' is blank.");
        }
        pops.put(e.getKey(), policy("population '" + e.getKey() + "'", e.getValue()));
      }
    }
    return new SharingPolicy(policy("'default'", defaultPolicy), pops);
  }

  private static PopulationPolicy policy(String where, PolicyDto dto) {
    if (dto == null || dto.level() == null) {
      throw new BadInputException(where + ": 'level' is required, one of " + Arrays.toString(Level.values()) + ".");
    }
    Level level;
    try {
      level = Level.valueOf(dto.level().trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          where + ": level '" + dto.level() + "' is not one of " + Arrays.toString(Level.values()) + ".");
    }
    List<String> fields = dto.fields() == null ? List.of() : dto.fields();
    if (level != Level.OVERLAPS && !fields.isEmpty()) {
      throw new BadInputException(
          where + ": fields " + fields + " can only be shared with level OVERLAPS, not " + level + ". Remove 'fields' or use OVERLAPS.");
    }
    if (level == Level.OVERLAPS && fields.isEmpty()) {
      throw new BadInputException(where + ": level OVERLAPS needs the fields to share, e.g. \"fields\":[\"name\",\"domain\"].");
    }
    for (String f : fields) {
      if (f == null || !FIELD.matcher(f).matches()) {
        throw new BadInputException(where + ": '" + f + "' is not a field name (letters, digits, space, _ . -).");
      }
    }
    return new PopulationPolicy(level, fields.stream().distinct().toList());
  }
}
