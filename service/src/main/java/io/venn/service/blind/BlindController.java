package io.venn.service.blind;

import io.venn.encode.io.BlindView;
import io.venn.service.system.BadInputException;
import io.venn.service.system.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Blind mode over HTTP: public keys, blind jobs, encoded-list uploads and views (README "Blind mode"). */
@RestController
class BlindController {
  /** The content type of a {@code .venn} file. */
  static final String ENCODED = "application/vnd.venn.encoded";
  /** Largest encoded upload kept in memory; about a million records with three sealed fields. */
  private static final long MAX_ENCODED_BYTES = 1L << 30;

  private final BlindService service;

  BlindController(BlindService service) {
    this.service = service;
  }

  record KeyRequest(String publicKey) {}

  @PutMapping("/api/v1/partnerships/{id}/blind/key")
  BlindService.Keys registerKey(Caller caller, @PathVariable String id, @RequestBody KeyRequest request) {
    return service.registerKey(caller.organizationId(), id, request == null ? null : request.publicKey());
  }

  @GetMapping("/api/v1/partnerships/{id}/blind/key")
  BlindService.Keys keys(Caller caller, @PathVariable String id) {
    return service.keys(caller.organizationId(), id);
  }

  @PostMapping("/api/v1/partnerships/{id}/blind/jobs")
  @ResponseStatus(HttpStatus.CREATED)
  JobView request(Caller caller, @PathVariable String id) {
    return view(service.require(caller.organizationId(), service.request(caller.organizationId(), id).id()));
  }

  @GetMapping("/api/v1/blind/jobs/{id}")
  JobView one(Caller caller, @PathVariable String id) {
    return view(service.require(caller.organizationId(), id));
  }

  /** Multipart: part {@code list} is the {@code .venn} file, part {@code release} the release key file. */
  @PostMapping(path = "/api/v1/blind/jobs/{id}/list", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  JobView upload(Caller caller, @PathVariable String id, @RequestParam(required = false) MultipartFile list,
      @RequestParam(required = false) MultipartFile release) throws IOException {
    if (list == null || release == null) {
      throw new BadInputException("Send the encoded list in a part named 'list' and its release key in a part named 'release' "
          + "(curl -F list=@ours.venn -F release=@ours.venn.release).");
    }
    if (list.getSize() > MAX_ENCODED_BYTES) {
      throw new BadInputException("list: " + list.getSize() + " bytes; an encoded list may have at most " + MAX_ENCODED_BYTES + ".");
    }
    byte[] encoded;
    try (InputStream in = list.getInputStream()) {
      encoded = in.readAllBytes();
    }
    String releaseKey = new String(release.getBytes(), StandardCharsets.UTF_8);
    service.upload(caller.organizationId(), id, encoded, releaseKey);
    return view(service.require(caller.organizationId(), id));
  }

  @GetMapping("/api/v1/blind/jobs/{id}/view")
  BlindView blindView(Caller caller, @PathVariable String id) {
    return service.view(caller.organizationId(), id);
  }

  /** An encoded list sent to the plaintext upload: refused, so blind and plaintext lists never meet. */
  @PostMapping(path = "/api/v1/lists", consumes = ENCODED)
  void encodedToPlaintextUpload() {
    throw new BadInputException("This is an encoded (blind-mode) list. Plaintext and blind lists are never matched together: "
        + "upload it to a blind job of your partnership with POST /api/v1/blind/jobs/{id}/list.");
  }

  /**
   * @param side "INVITER" or "INVITED": the caller's side
   * @param uploaded which sides' lists are in
   */
  record JobView(String id, String partnershipId, String nonce, String status, String side, Map<String, Boolean> uploaded,
      String error, String createdAt, String finishedAt) {}

  private JobView view(BlindService.Visible v) {
    List<BlindRepository.ListInfo> lists = service.lists(v.job().id());
    boolean mine = lists.stream().anyMatch(l -> l.side() == v.side());
    boolean theirs = lists.stream().anyMatch(l -> l.side() != v.side());
    BlindJob j = v.job();
    return new JobView(j.id(), j.partnershipId(), j.nonce(), j.status(), v.side() == io.venn.view.Side.LEFT ? "INVITER" : "INVITED",
        Map.of("mine", mine, "partner", theirs), j.error(), j.createdAt().toString(),
        j.finishedAt() == null ? null : j.finishedAt().toString());
  }
}
