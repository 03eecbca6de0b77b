package io.venn.service.blind;

import io.venn.encode.EncodedAccount;
import io.venn.encode.PartnershipKeys;
import io.venn.encode.ReleaseKey;
import io.venn.encode.io.BlindView;
import io.venn.encode.io.EncodedListFile;
import io.venn.read.InvalidListException;
import io.venn.service.audit.AuditLog;
import io.venn.service.partnership.Partnership;
import io.venn.service.partnership.PartnershipService;
import io.venn.service.partnership.PartnershipStatus;
import io.venn.service.system.BadInputException;
import io.venn.service.system.ConflictException;
import io.venn.service.system.NotFoundException;
import io.venn.service.system.VennProperties;
import io.venn.view.Side;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Blind mode: public keys, blind jobs, uploads of encoded lists, matching, and each side's view.
 * The service never holds a secret: it matches keyed tokens and releases per-record shares, inside
 * views, only for overlaps the owner's policy opens.
 */
@Service
class BlindService {
  private static final Duration WINDOW = Duration.ofDays(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final BlindRepository blind;
  private final PartnershipService partnerships;
  private final AuditLog audit;
  private final BlindRunner runner;
  private final BlindProperties properties;
  private final int minCellCount;

  BlindService(BlindRepository blind, PartnershipService partnerships, AuditLog audit, BlindRunner runner,
      BlindProperties properties, VennProperties venn) {
    this.blind = blind;
    this.partnerships = partnerships;
    this.audit = audit;
    this.runner = runner;
    this.properties = properties;
    this.minCellCount = venn.minCellCount();
  }

  /** Both sides' public keys as the caller sees them: mine and my partner's (null until registered). */
  record Keys(String partnershipId, String myPublicKey, String partnerPublicKey) {}

  /** @throws BadInputException if the text is not an X25519 public key */
  Keys registerKey(String organizationId, String partnershipId, String publicKey) {
    Partnership p = partnerships.require(organizationId, partnershipId);
    String key = publicKey == null ? "" : publicKey.strip();
    try {
      PartnershipKeys.decodePublic(key);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("publicKey: " + e.getMessage() + ".");
    }
    blind.putKey(p.id(), organizationId, key);
    audit.record(organizationId, p.id(), "BLIND_KEY_REGISTERED", p.id(), null);
    return keys(organizationId, partnershipId);
  }

  Keys keys(String organizationId, String partnershipId) {
    Partnership p = partnerships.require(organizationId, partnershipId);
    String partner = p.organizationOf(p.sideOf(organizationId).other());
    return new Keys(p.id(), blind.key(p.id(), organizationId).orElse(null), blind.key(p.id(), partner).orElse(null));
  }

  /**
   * A new blind job with a fresh nonce.
   *
   * @throws ConflictException if the partnership is not ACTIVE, a side has no public key, or a blind
   *     job of it still awaits lists or runs
   * @throws TooManyJobsException if the partnership started {@code venn.blind.jobs-per-day} jobs in the last 24 hours
   */
  synchronized BlindJob request(String organizationId, String partnershipId) {
    Partnership p = partnerships.require(organizationId, partnershipId);
    if (p.status() != PartnershipStatus.ACTIVE) {
      throw new ConflictException("Partnership " + p.id() + " is " + p.status() + "; blind jobs run only on an ACTIVE partnership.");
    }
    Keys keys = keys(organizationId, partnershipId);
    if (keys.myPublicKey() == null || keys.partnerPublicKey() == null) {
      throw new ConflictException("Both sides must register a public key first (PUT /api/v1/partnerships/" + p.id()
          + "/blind/key with the line 'venn keygen' wrote to the .pub file); "
          + (keys.myPublicKey() == null ? "you have not." : "your partner has not."));
    }
    if (blind.findByPartnership(p.id()).stream().anyMatch(j -> j.status().equals(BlindJob.AWAITING_LISTS) || j.status().equals(BlindJob.RUNNING))) {
      throw new ConflictException("A blind job of this partnership is still awaiting lists or running; finish it first.");
    }
    Instant now = Instant.now();
    List<Instant> recent = blind.startedSince(p.id(), now.minus(WINDOW));
    if (recent.size() >= properties.jobsPerDay()) {
      Duration wait = Duration.between(now, recent.get(recent.size() - properties.jobsPerDay()).plus(WINDOW));
      audit.record(organizationId, p.id(), "BLIND_JOB_REFUSED", p.id(), "daily limit of " + properties.jobsPerDay() + " reached");
      throw new TooManyJobsException("This partnership has started " + recent.size() + " blind jobs in the last 24 hours, the limit ("
          + "venn.blind.jobs-per-day = " + properties.jobsPerDay() + ") against probing with edited lists; try again in "
          + Math.max(1, wait.toMinutes()) + " minutes.", wait);
    }
    byte[] nonce = new byte[24];
    RANDOM.nextBytes(nonce);
    BlindJob job = new BlindJob(UUID.randomUUID().toString(), p.id(), organizationId,
        Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), BlindJob.AWAITING_LISTS, null, null, now, null);
    blind.insert(job);
    audit.record(organizationId, p.id(), "BLIND_JOB_REQUESTED", job.id(), null);
    return job;
  }

  /** A job and its partnership, after checking the caller is one of its sides. */
  record Visible(BlindJob job, Partnership partnership, Side side) {}

  Visible require(String organizationId, String jobId) {
    BlindJob job = blind.find(jobId).orElseThrow(() -> notFound(jobId));
    Partnership p = partnerships.find(job.partnershipId()).filter(x -> x.isMember(organizationId)).orElseThrow(() -> notFound(jobId));
    return new Visible(job, p, p.sideOf(organizationId));
  }

  List<BlindRepository.ListInfo> lists(String jobId) {
    return blind.lists(jobId);
  }

  /**
   * Stores the caller's encoded list for the job; starts the match once both sides' lists are in.
   *
   * @throws BadInputException if the file is not an encoded list of this job, too small, or the
   *     release key is missing or malformed
   * @throws ConflictException if the job no longer awaits lists or the caller already uploaded
   */
  BlindJob upload(String organizationId, String jobId, byte[] encoded, String releaseKey) {
    Visible v = require(organizationId, jobId);
    if (!v.job().status().equals(BlindJob.AWAITING_LISTS)) {
      throw new ConflictException("Blind job " + jobId + " is " + v.job().status() + "; it takes no more lists. Start a new one.");
    }
    if (blind.lists(jobId).stream().anyMatch(l -> l.side() == v.side())) {
      throw new ConflictException("You already uploaded your list for blind job " + jobId + "; a job takes one list a side.");
    }
    try {
      ReleaseKey.parse(releaseKey == null ? "" : releaseKey);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("release: " + e.getMessage() + " Send the .release file 'venn encode' wrote next to the list.");
    }
    EncodedListFile.EncodedList list = parse(encoded, "list");
    if (!list.header().nonce().equals(v.job().nonce())) {
      throw new BadInputException("list: encoded for another job (nonce " + list.header().nonce() + "); encode it again with "
          + "--job-nonce " + v.job().nonce() + " (or --job with this job's JSON).");
    }
    if (list.header().populations().isEmpty()) {
      throw new BadInputException("list: no population table; a blind list carries its populations as keyed tokens with sealed "
          + "labels. Encode it again with this venn. Nothing was stored.");
    }
    if (list.accounts().size() < properties.minListSize()) {
      throw new BadInputException("list: " + list.accounts().size() + " records; a blind list needs at least " + properties.minListSize()
          + " (venn.blind.min-list-size), so that a tiny list cannot probe for single accounts. Nothing was stored.");
    }
    Map<String, Long> populations = new LinkedHashMap<>();
    list.accounts().forEach(a -> populations.merge(a.population(), 1L, Long::sum));
    blind.insertList(jobId, v.side(), organizationId, list.accounts().size(), populations, encoded, releaseKey);
    audit.record(organizationId, v.partnership().id(), "BLIND_LIST_UPLOADED", jobId, list.accounts().size() + " encoded records");
    if (blind.lists(jobId).size() == 2 && blind.moveStatus(jobId, BlindJob.AWAITING_LISTS, BlindJob.RUNNING)) {
      runner.submit(jobId);
    }
    return blind.find(jobId).orElseThrow();
  }

  static EncodedListFile.EncodedList parse(byte[] encoded, String source) {
    List<EncodedAccount> accounts = new ArrayList<>();
    try {
      EncodedListFile.Header header = EncodedListFile.read(new ByteArrayInputStream(encoded), source, accounts::add);
      return new EncodedListFile.EncodedList(header, accounts);
    } catch (InvalidListException e) {
      throw new BadInputException(e.getMessage() + ". A blind job takes only encoded lists written by 'venn encode'; "
          + "plaintext and blind lists are never matched together. Nothing was stored.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The caller's view of a finished job under the partner's current sharing policy.
   *
   * @throws ConflictException if the partnership ended or the job has not succeeded
   */
  BlindView view(String organizationId, String jobId) {
    Visible v = require(organizationId, jobId);
    if (v.partnership().status() == PartnershipStatus.ENDED) {
      throw new ConflictException("Partnership " + v.partnership().id() + " ended; its results are no longer served to either side.");
    }
    if (!v.job().status().equals(BlindJob.SUCCEEDED)) {
      throw new ConflictException("Blind job " + jobId + " is " + v.job().status() + "; its view exists only once it has SUCCEEDED.");
    }
    Side me = v.side();
    BlindViews.Side mine = side(jobId, me);
    BlindViews.Side theirs = side(jobId, me.other());
    BlindView view = BlindViews.of(v.job(), v.partnership().id(), me, mine, theirs, blind.matches(jobId),
        v.partnership().policyOf(me.other()), minCellCount);
    audit.record(organizationId, v.partnership().id(), "BLIND_VIEW_DOWNLOADED", jobId, view.overlaps().size() + " released overlaps");
    return view;
  }

  private BlindViews.Side side(String jobId, Side side) {
    return new BlindViews.Side(parse(blind.encoded(jobId, side), side.name()), ReleaseKey.parse(blind.releaseKey(jobId, side)));
  }

  private static NotFoundException notFound(String jobId) {
    return new NotFoundException("You have no blind job with id " + jobId + ".");
  }
}
