package io.venn.service.list;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.venn.service.system.BadInputException;
import io.venn.service.system.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/lists")
class ListController {
  private final ListService service;

  ListController(ListService service) {
    this.service = service;
  }

  /** The raw body is the CSV; it is streamed, never buffered whole. */
  @Operation(
      summary = "Upload an account list as a raw CSV body",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              description = "The CRM export itself (curl --data-binary @accounts.csv -H 'Content-Type: text/csv')",
              content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))
              }))
  @PostMapping(consumes = {"text/csv", "application/csv", "text/plain", "application/octet-stream"})
  @ResponseStatus(HttpStatus.CREATED)
  ListDetail uploadRaw(Caller caller, @RequestParam(required = false) String name, HttpServletRequest request)
      throws IOException {
    try (InputStream body = request.getInputStream()) {
      return ListDetail.of(service.upload(caller.organizationId(), nameOr(name, null), body));
    }
  }

  /** A form upload with the CSV in the part {@code file}; the servlet container spools it to disk. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  ListDetail uploadForm(
      Caller caller, @RequestParam(required = false) String name, @RequestParam(required = false) MultipartFile file)
      throws IOException {
    if (file == null) {
      throw new BadInputException("Send the CSV in a multipart part named 'file' (curl -F file=@accounts.csv).");
    }
    try (InputStream body = file.getInputStream()) {
      return ListDetail.of(service.upload(caller.organizationId(), nameOr(name, file.getOriginalFilename()), body));
    }
  }

  @GetMapping
  List<ListSummary> all(Caller caller) {
    return service.listsOf(caller.organizationId()).stream().map(ListSummary::of).toList();
  }

  @GetMapping("/{id}")
  ListDetail one(Caller caller, @PathVariable String id) {
    return ListDetail.of(service.require(caller.organizationId(), id));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(Caller caller, @PathVariable String id) {
    service.delete(caller.organizationId(), id);
  }

  private static String nameOr(String name, String fileName) {
    String chosen = name != null && !name.isBlank() ? name : fileName;
    if (chosen == null || chosen.isBlank()) {
      return "upload-" + LocalDate.now() + ".csv";
    }
    if (chosen.length() > 300) {
      throw new BadInputException("name must be at most 300 characters.");
    }
    if (chosen.chars().anyMatch(Character::isISOControl)) {
      // NUL cannot be stored in PostgreSQL text, and line breaks would forge lines in logs and CSV exports.
      throw new BadInputException(
          (name != null && !name.isBlank() ? "name" : "The multipart file name")
              + " contains a control character (NUL, tab, line break...); rename the file or pass ?name=.");
    }
    return chosen.strip();
  }

  record ListSummary(
      String id, String name, long rows, long accepted, long rejectedCount, Map<String, Long> populations, String createdAt) {
    static ListSummary of(AccountListInfo l) {
      return new ListSummary(
          l.id(), l.name(), l.rows(), l.accepted(), l.rejectedCount(), l.populations(), l.createdAt().toString());
    }
  }

  record ListDetail(
      String id,
      String name,
      long rows,
      long accepted,
      long rejectedCount,
      List<AccountListInfo.Rejection> rejected,
      Map<String, Long> populations,
      String createdAt) {
    static ListDetail of(AccountListInfo l) {
      return new ListDetail(
          l.id(), l.name(), l.rows(), l.accepted(), l.rejectedCount(), l.rejected(), l.populations(), l.createdAt().toString());
    }
  }
}
