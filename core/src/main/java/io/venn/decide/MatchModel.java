package io.venn.decide;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The declared matching model: a prior (log-odds of a match before any evidence) and the ordered
 * comparisons, each with its levels' m and u. Immutable. {@link #standard()} is {@link
 * StandardModel}'s comparisons with the probabilities of {@code model.json} beside this class (see
 * its "source" for where they come from; {@code io.venn.bench.model.EstimateModel} estimates a
 * replacement from labelled data).
 */
public final class MatchModel {
  static final String RESOURCE = "model.json";

  private final double prior;
  private final List<Comparison> comparisons;

  private MatchModel(double prior, List<Comparison> comparisons) {
    this.prior = prior;
    this.comparisons = List.copyOf(comparisons);
  }

  public static MatchModel of(double prior, List<Comparison> comparisons) {
    if (!Double.isFinite(prior)) {
      throw new IllegalArgumentException("prior must be finite, was " + prior);
    }
    return new MatchModel(prior, comparisons);
  }

  private static final class Standard {
    static final MatchModel MODEL = load(RESOURCE);

    private static MatchModel load(String resource) {
      try (InputStream in = MatchModel.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("resource " + resource + " is missing from the venn-core jar");
        }
        return StandardModel.declared().withProbabilities(tree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }

    /**
     * The JSON document as a tree, read with jackson-core's parser alone: an {@code ObjectMapper}
     * costs about 0.2 s of start-up (measured cold, C1) that every match paid for 4 KB of JSON.
     */
    private static JsonNode tree(InputStream in) throws IOException {
      try (JsonParser parser = new JsonFactory().createParser(in)) {
        if (parser.nextToken() == null) {
          throw new IOException("empty document");
        }
        return node(parser);
      }
    }

    private static JsonNode node(JsonParser parser) throws IOException {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      switch (parser.currentToken()) {
        case START_OBJECT -> {
          ObjectNode object = nodes.objectNode();
          while (parser.nextToken() != JsonToken.END_OBJECT) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, node(parser));
          }
          return object;
        }
        case START_ARRAY -> {
          ArrayNode array = nodes.arrayNode();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(node(parser));
          }
          return array;
        }
        case VALUE_STRING -> {
          return nodes.textNode(parser.getText());
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          return nodes.numberNode(parser.getDoubleValue());
        }
        case VALUE_TRUE, VALUE_FALSE -> {
          return nodes.booleanNode(parser.currentToken() == JsonToken.VALUE_TRUE);
        }
        default -> {
          return nodes.nullNode();
        }
      }
    }
  }



  /** The standard comparisons with their estimated defaults. */
  public static MatchModel standard() {
    return Standard.MODEL;
  }

  public double prior() {
    return prior;
  }

  public List<Comparison> comparisons() {
    return comparisons;
  }

  /** The comparison of {@code field}. @throws IllegalArgumentException if the model has none */
  public Comparison comparison(String field) {
    for (Comparison c : comparisons) {
      if (c.field().equals(field)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no comparison of field '" + field + "'");
  }

  public MatchModel withPrior(double newPrior) {
    return of(newPrior, comparisons);
  }

  /** This model with one comparison's levels replaced (same field, same number of levels). */
  public MatchModel withLevels(String field, List<Level> levels) {
    List<Comparison> next = new ArrayList<>(comparisons.size());
    for (Comparison c : comparisons) {
      next.add(c.field().equals(field) ? c.withLevels(levels) : c);
    }
    return of(prior, next);
  }

  /**
   * This model with the probabilities of a JSON document {@code {"prior": p, "comparisons": {field:
   * [{"label", "m", "u"}...]}}}; every level must be there, by its label.
   *
   * @throws IllegalArgumentException naming the field and level that is missing or out of range
   */
  public MatchModel withProbabilities(JsonNode json) {
    JsonNode prior = json.get("prior");
    if (prior == null || !prior.isNumber()) {
      throw new IllegalArgumentException("model: 'prior' must be a number");
    }
    MatchModel model = withPrior(prior.asDouble());
    for (Comparison c : comparisons) {
      JsonNode levels = json.path("comparisons").path(c.field());
      List<Level> next = new ArrayList<>();
      for (Level l : c.levels()) {
        JsonNode found = null;
        for (JsonNode n : levels) {
          if (l.label().equals(n.path("label").asText())) {
            found = n;
          }
        }
        if (found == null) {
          throw new IllegalArgumentException("model: comparison '" + c.field() + "' has no level '" + l.label() + "'");
        }
        next.add(new Level(l.label(), found.path("m").asDouble(), found.path("u").asDouble(), l.rule()));
      }
      model = model.withLevels(c.field(), next);
    }
    return model;
  }

  /** The model's probabilities as the JSON document {@link #withProbabilities} reads. */
  public ObjectNode toJson(String source) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("source", Objects.requireNonNull(source, "source"));
    root.put("prior", round(prior));
    ObjectNode all = root.putObject("comparisons");
    for (Comparison c : comparisons) {
      ArrayNode levels = all.putArray(c.field());
      for (Level l : c.levels()) {
        ObjectNode n = levels.addObject();
        n.put("label", l.label());
        n.put("m", round(l.m()));
        n.put("u", round(l.u()));
        n.put("weight", Math.round(l.weight() * 100) / 100.0);
      }
    }
    return root;
  }

  private static double round(double p) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.6g", p));
  }

  /** A table of every level's m, u and weight, for people ({@code venn match --explain}). */
  public String describe() {
    return describe(this);
  }

  /**
   * {@link #describe()}, with a {@code *} after the weight of every level whose m or u differ from
   * {@code reference}'s (the shipped model a run re-estimated), and a line saying what it means.
   */
  public String describe(MatchModel reference) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "model: prior %+.2f%n", prior));
    boolean anyEstimated = false;
    for (Comparison c : comparisons) {
      List<Level> shipped = reference.comparison(c.field()).levels();
      for (int i = 0; i < c.levels().size(); i++) {
        Level l = c.levels().get(i);
        boolean estimated = l.m() != shipped.get(i).m() || l.u() != shipped.get(i).u();
        anyEstimated |= estimated;
        String weight = l.rule() == Level.Rule.FORCE_MATCH ? "decides: match"
            : l.rule() == Level.Rule.FORCE_NO_MATCH ? "decides: no match"
            : String.format(Locale.ROOT, "%+.2f%s", l.weight(), l.rule() == Level.Rule.TERM_FREQUENCY ? " (u from word rarity)" : "");
        out.append(String.format(Locale.ROOT, "  %-13s %-40s m %.4f  u %.6f  weight %s%s%n", c.field(), l.label(), l.m(), l.u(), weight,
            estimated ? " *" : ""));
      }
    }
    if (anyEstimated) {
      out.append(String.format(Locale.ROOT, "  * re-estimated on these lists (--estimate), within a factor %.0f of the shipped m and u%n", Estimator.RUN_BOUND));
    }
    return out.toString();
  }
}
