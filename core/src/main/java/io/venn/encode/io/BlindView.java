package io.venn.encode.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One side's view of a blind-mode job, as the service serves it ({@code GET /api/v1/blind/jobs/{id}/view})
 * and {@code venn open} opens it: the overlap counts (small counts-only cells as "&lt; k") and, for
 * each overlap the partner's policy releases, the viewer's own record (its ref, share and sealed id)
 * and the partner's (ref, share, and only the sealed fields the policy names). Never a record that
 * does not overlap, never the partner's encoded list. Populations are keyed tokens ({@code
 * cells}, {@code overlaps}); {@code populations} carries their labels sealed: all of the viewer's
 * own, and the partner's that its policy does not hide. {@code venn open} opens them; the service
 * cannot.
 *
 * @param format always {@value #FORMAT}
 * @param side the viewer's side of the partnership: "INVITER" or "INVITED"
 */
public record BlindView(
    String format,
    String jobId,
    String partnershipId,
    String nonce,
    String side,
    int minCellCount,
    List<Cell> cells,
    List<Overlap> overlaps,
    List<Population> populations) {
  public static final String FORMAT = "venn-view v2";
  private static final ObjectMapper JSON = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public BlindView {
    Objects.requireNonNull(nonce, "nonce");
    cells = List.copyOf(cells);
    overlaps = List.copyOf(overlaps);
    populations = populations == null ? List.of() : List.copyOf(populations);
  }

  /**
   * A population of either side.
   *
   * @param owner "mine" or "theirs"
   * @param key the population's token in that side's list
   * @param label base64url of its sealed label
   */
  public record Population(String owner, String key, String label) {
    public static final String MINE = "mine";
    public static final String THEIRS = "theirs";
  }

  /**
   * @param overlaps the count, or null when suppressed
   * @param display "&lt; k" for a suppressed cell
   */
  public record Cell(String mine, String theirs, Integer overlaps, String display) {}

  public record Overlap(String minePopulation, String theirsPopulation, double score, SealedRecord mine, SealedRecord theirs) {}

  /**
   * @param share base64url of the record's share, released by the service
   * @param fields field name -> base64url of its sealed block
   */
  public record SealedRecord(String ref, String share, Map<String, String> fields) {
    public SealedRecord {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
  }

  /**
   * @throws IOException if the file cannot be read or is not a view (the message says why)
   */
  public static BlindView read(Path file) throws IOException {
    BlindView view;
    try {
      view = JSON.readValue(Files.readAllBytes(file), BlindView.class);
    } catch (com.fasterxml.jackson.core.JacksonException | NullPointerException e) {
      throw new IOException("not a blind-mode view (download it from GET /api/v1/blind/jobs/{id}/view): "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    if (!FORMAT.equals(view.format())) {
      throw new IOException("not a blind-mode view: format is '" + view.format() + "', expected '" + FORMAT + "'");
    }
    return view;
  }

  public void write(OutputStream out) throws IOException {
    JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, this);
  }
}
