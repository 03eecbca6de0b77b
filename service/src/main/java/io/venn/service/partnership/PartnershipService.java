package io.venn.service.partnership;

import io.venn.service.audit.AuditLog;
import io.venn.service.list.ListService;
import io.venn.service.organization.OrganizationService;
import io.venn.service.system.BadInputException;
import io.venn.service.system.ConflictException;
import io.venn.service.system.NotFoundException;
import io.venn.view.SharingPolicy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invitations, acceptance, ending, and each side's list and sharing policy. */
@Service
public class PartnershipService {
  private final PartnershipRepository partnerships;
  private final OrganizationService organizations;
  private final ListService lists;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  PartnershipService(
      PartnershipRepository partnerships,
      OrganizationService organizations,
      ListService lists,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.partnerships = partnerships;
    this.organizations = organizations;
    this.lists = lists;
    this.audit = audit;
    this.events = events;
  }

  /**
   * @throws BadInputException if the organization invites itself
   * @throws NotFoundException if there is no such partner organization
   * @throws ConflictException if a pending or active partnership between the two already exists
   */
  @Transactional
  public Partnership invite(String inviterId, String partnerId) {
    if (inviterId.equals(partnerId)) {
      throw new BadInputException("partnerId is your own organization; invite another organization's id.");
    }
    organizations.require(partnerId);
    if (partnerships.existsOpenBetween(inviterId, partnerId)) {
      throw new ConflictException("A pending or active partnership with organization " + partnerId + " already exists.");
    }
    Partnership p =
        new Partnership(
            UUID.randomUUID().toString(), inviterId, partnerId, PartnershipStatus.PENDING, null, null,
            SharingPolicy.COUNTS_ONLY, SharingPolicy.COUNTS_ONLY, Instant.now(), null, null);
    partnerships.insert(p);
    audit.record(inviterId, p.id(), "PARTNERSHIP_INVITED", p.id(), null);
    return p;
  }

  /** @throws ConflictException unless the caller is the invited side and the partnership is pending */
  @Transactional
  public Partnership accept(String organizationId, String id) {
    Partnership p = require(organizationId, id);
    if (!p.partnerId().equals(organizationId)) {
      throw new ConflictException("Only the invited organization can accept partnership " + id + ".");
    }
    if (p.status() != PartnershipStatus.PENDING) {
      throw new ConflictException("Partnership " + id + " is " + p.status() + "; only a PENDING one can be accepted.");
    }
    partnerships.accept(id);
    audit.record(organizationId, id, "PARTNERSHIP_ACCEPTED", id, null);
    return require(organizationId, id);
  }

  /** Ends the partnership for both sides; its results stop being served. */
  @Transactional
  public Partnership end(String organizationId, String id) {
    Partnership p = require(organizationId, id);
    if (p.status() == PartnershipStatus.ENDED) {
      throw new ConflictException("Partnership " + id + " has already ended.");
    }
    partnerships.end(id);
    audit.record(organizationId, id, "PARTNERSHIP_ENDED", id, null);
    events.publishEvent(new PolicyChanged(id));
    return require(organizationId, id);
  }

  /** @throws NotFoundException if the list is not one of the caller's */
  @Transactional
  public Partnership setList(String organizationId, String id, String listId) {
    Partnership p = require(organizationId, id);
    requireNotEnded(p);
    lists.require(organizationId, listId);
    partnerships.setList(id, p.sideOf(organizationId), listId);
    // The partner reads this partnership's events, and which list the other side uses is not its business.
    audit.record(organizationId, id, "PARTNERSHIP_LIST_SET", id, null);
    return require(organizationId, id);
  }

  /** Replaces what the caller shares with the partner; applies to past jobs' views too. */
  @Transactional
  public Partnership setSharing(String organizationId, String id, SharingPolicy policy) {
    Partnership p = require(organizationId, id);
    requireNotEnded(p);
    partnerships.setPolicy(id, p.sideOf(organizationId), policy);
    audit.record(organizationId, id, "SHARING_CHANGED", id, describe(policy));
    events.publishEvent(new PolicyChanged(id));
    return require(organizationId, id);
  }

  public List<Partnership> partnershipsOf(String organizationId) {
    return partnerships.findByMember(organizationId);
  }

  /** @throws NotFoundException if it does not exist or the organization is not one of its sides */
  public Partnership require(String organizationId, String id) {
    return partnerships.find(id)
        .filter(p -> p.isMember(organizationId))
        .orElseThrow(() -> new NotFoundException("You have no partnership with id " + id + "."));
  }

  /** The partnership regardless of who asks; for background jobs only. */
  public java.util.Optional<Partnership> find(String id) {
    return partnerships.find(id);
  }

  private static void requireNotEnded(Partnership p) {
    if (p.status() == PartnershipStatus.ENDED) {
      throw new ConflictException("Partnership " + p.id() + " has ended and can no longer be changed.");
    }
  }

  /**
   * The audit note of a sharing change, which the partner reads too: HIDDEN populations are not named
   * (HIDDEN promises the partner does not learn that they exist), in the order the partner sees them.
   */
  private static String describe(SharingPolicy policy) {
    SharingDto seen = SharingDto.seenByPartner(policy);
    StringBuilder s = new StringBuilder("default " + seen.defaultPolicy().level());
    seen.populations().forEach((pop, pp) -> s.append("; ").append(pop).append(' ').append(pp.level())
        .append(pp.fields() == null ? "" : " " + pp.fields()));
    return s.toString();
  }
}
