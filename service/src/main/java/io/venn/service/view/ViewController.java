package io.venn.service.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.venn.service.audit.AuditLog;
import io.venn.service.system.BadInputException;
import io.venn.service.system.Caller;
import io.venn.service.system.VennProperties;
import io.venn.view.SharedPair;
import io.venn.view.SharedRecord;
import io.venn.view.SideMatches;
import io.venn.view.SideView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The only endpoints that show partner data: the overlap matrix and the overlapping records. */
@RestController
class ViewController {
  /** Shared pairs whose records an export reads per round of lookups. */
  private static final int EXPORT_BATCH = 1000;
  private final ViewService views;
  private final AuditLog audit;
  private final VennProperties.Overlaps paging;
  private final EvidenceService evidence;

  ViewController(ViewService views, AuditLog audit, VennProperties properties, EvidenceService evidence) {
    this.views = views;
    this.evidence = evidence;
    this.audit = audit;
    this.paging = properties.overlaps();
  }

  @GetMapping("/api/v1/jobs/{id}/matrix")
  MatrixView matrix(Caller caller, @PathVariable String id) {
    ViewService.Matrix v = views.matrix(caller.organizationId(), id);
    audit.record(caller.organizationId(), v.partnership().id(), "MATRIX_VIEWED", id, null);
    List<MatrixCell> cells = new ArrayList<>();
    for (SideView.Cell c : v.matrix().cells()) {
      cells.add(
          c.suppressed()
              ? new MatrixCell(c.mine(), c.theirs(), null, "< " + v.minCellCount())
              : new MatrixCell(c.mine(), c.theirs(), c.overlaps(), null));
    }
    return new MatrixView(id, v.matrix().rows(), v.matrix().columns(), cells);
  }

  @GetMapping(path = "/api/v1/jobs/{id}/overlaps", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<OverlapRow>> overlaps(
      Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) String mine,
      @RequestParam(required = false) String theirs,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) Integer size) {
    int pageSize = checkPaging(page, size == null ? paging.defaultSize() : size);
    ViewService.Viewed v = views.view(caller.organizationId(), id);
    List<SharedPair> selected = select(v.view(), mine, theirs);
    List<OverlapRow> rows = views.records(v, page(selected, page, pageSize)).stream().map(OverlapRow::of).toList();
    audit.record(
        caller.organizationId(), v.partnership().id(), "OVERLAPS_VIEWED", id, describe(mine, theirs, rows.size()));
    return ResponseEntity.ok().header("X-Total-Count", String.valueOf(selected.size())).body(rows);
  }

  /** The same rows as CSV; without {@code page}/{@code size}, every row (an export). */
  @GetMapping(path = "/api/v1/jobs/{id}/overlaps", produces = "text/csv")
  void overlapsCsv(
      Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) String mine,
      @RequestParam(required = false) String theirs,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      HttpServletResponse response)
      throws IOException {
    boolean paged = page != null || size != null;
    int pageNumber = page == null ? 0 : page;
    int pageSize = paged ? checkPaging(pageNumber, size == null ? paging.defaultSize() : size) : Integer.MAX_VALUE;
    ViewService.Viewed v = views.view(caller.organizationId(), id);
    List<SharedPair> selected = select(v.view(), mine, theirs);
    List<SharedPair> rows = paged ? page(selected, pageNumber, pageSize) : selected;
    audit.record(
        caller.organizationId(), v.partnership().id(), "OVERLAPS_EXPORTED", id, describe(mine, theirs, rows.size()));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"overlaps-" + id + ".csv\"");
    response.setHeader("X-Total-Count", String.valueOf(selected.size()));
    writeCsv(v, rows, response.getWriter());
  }

  /**
   * The evidence (the {@code --explain} reasons, shared fields only) of the shared pairs of my records
   * {@code mine=id1&mine=id2...}: what the drill-down shows beside each score.
   */
  @GetMapping("/api/v1/jobs/{id}/evidence")
  Map<String, List<EvidenceService.Reason>> evidence(Caller caller, @PathVariable String id, @RequestParam List<String> mine) {
    if (mine.size() > EvidenceService.MAX_RECORDS) {
      throw new BadInputException("Ask for the evidence of at most " + EvidenceService.MAX_RECORDS + " records at once, not " + mine.size() + ".");
    }
    return evidence.evidence(caller.organizationId(), id, mine);
  }

  /**
   * Reads the records in batches, twice (the header names every field any row has, then the rows):
   * an export of every shared pair of a million-record job never holds all its records at once.
   */
  private void writeCsv(ViewService.Viewed v, List<SharedPair> rows, Writer out) throws IOException {
    Set<String> mineSeen = new LinkedHashSet<>();
    Set<String> theirSeen = new LinkedHashSet<>();
    inBatches(v, rows, r -> {
      mineSeen.addAll(r.mine().keySet());
      theirSeen.addAll(r.theirs().keySet());
    });
    // The populations have their own leading columns: a record's own "population" field is not repeated.
    mineSeen.remove("population");
    theirSeen.remove("population");
    List<String> mineKeys = FieldOrder.sorted(mineSeen);
    List<String> theirKeys = FieldOrder.sorted(theirSeen);
    List<String> header = new ArrayList<>(List.of("mine_population", "theirs_population", "score"));
    mineKeys.forEach(k -> header.add("mine_" + k));
    theirKeys.forEach(k -> header.add("theirs_" + k));
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(header.stream().map(SpreadsheetSafe::cell).toList());
      inBatches(v, rows, r -> {
        List<String> line = new ArrayList<>(header.size());
        line.add(SpreadsheetSafe.cell(r.minePopulation()));
        line.add(SpreadsheetSafe.cell(r.theirsPopulation()));
        line.add(String.valueOf(r.score()));
        mineKeys.forEach(k -> line.add(SpreadsheetSafe.cell(r.mine().get(k))));
        theirKeys.forEach(k -> line.add(SpreadsheetSafe.cell(r.theirs().get(k))));
        csv.printRecord(line);
      });
    }
  }

  /** What {@link #inBatches} hands each record to; may write. */
  @FunctionalInterface
  private interface RecordSink {
    void accept(SharedRecord record) throws IOException;
  }

  /** The records of {@code rows} read {@value #EXPORT_BATCH} at a time, in order. */
  private void inBatches(ViewService.Viewed v, List<SharedPair> rows, RecordSink sink) throws IOException {
    for (int from = 0; from < rows.size(); from += EXPORT_BATCH) {
      for (SharedRecord r : views.records(v, rows.subList(from, Math.min(rows.size(), from + EXPORT_BATCH)))) {
        sink.accept(r);
      }
    }
  }

  private int checkPaging(int page, int size) {
    if (page < 0) {
      throw new BadInputException("page must be 0 or more, was " + page + ".");
    }
    if (size < 1 || size > paging.maxSize()) {
      throw new BadInputException("size must be between 1 and " + paging.maxSize() + ", was " + size + ".");
    }
    return size;
  }

  /** Only records the view holds: pairs in a match whose partner record is in an OVERLAPS population. */
  private static List<SharedPair> select(SideMatches view, String mine, String theirs) {
    return view.shared().stream()
        .filter(r -> mine == null || mine.equals(r.minePopulation()))
        .filter(r -> theirs == null || theirs.equals(r.theirsPopulation()))
        .toList();
  }

  private static <T> List<T> page(List<T> all, int page, int size) {
    long from = (long) page * size;
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + size));
  }

  /**
   * The audit note, which the partner reads: the viewer's own population is not named, since it may be
   * one the viewer hides from the partner.
   */
  private static String describe(String mine, String theirs, int n) {
    return n + " records" + (mine == null ? "" : ", of one of my populations") + (theirs == null ? "" : ", theirs=" + theirs);
  }

  record MatrixView(String jobId, List<String> rows, List<String> columns, List<MatrixCell> cells) {}

  /**
   * @param overlaps the entity count, or null when suppressed
   * @param display set only for a suppressed small cell of a COUNTS population, e.g. "&lt; 3"
   */
  record MatrixCell(String mine, String theirs, @JsonInclude(JsonInclude.Include.ALWAYS) Integer overlaps, String display) {}

  record OverlapRow(
      String minePopulation, String theirsPopulation, Map<String, String> mine, Map<String, String> theirs, double score) {
    static OverlapRow of(SharedRecord r) {
      return new OverlapRow(
          r.minePopulation(), r.theirsPopulation(), FieldOrder.ordered(r.mine()), FieldOrder.ordered(r.theirs()), r.score());
    }
  }
}
