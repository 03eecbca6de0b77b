package io.venn.service.partnership;

import io.venn.service.system.NotFoundException;
import io.venn.view.SharingPolicy;
import io.venn.view.Side;
import java.time.Instant;
import java.util.Objects;

/**
 * Two organizations that agreed to match. The inviter is always the {@link Side#LEFT} side of its
 * jobs, the invited partner the {@link Side#RIGHT} side.
 *
 * @param inviterPolicy what the inviter shares with the partner
 * @param partnerPolicy what the partner shares with the inviter
 */
public record Partnership(
    String id,
    String inviterId,
    String partnerId,
    PartnershipStatus status,
    String inviterListId,
    String partnerListId,
    SharingPolicy inviterPolicy,
    SharingPolicy partnerPolicy,
    Instant createdAt,
    Instant acceptedAt,
    Instant endedAt) {

  public Partnership {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(inviterPolicy, "inviterPolicy");
    Objects.requireNonNull(partnerPolicy, "partnerPolicy");
  }

  public boolean isMember(String organizationId) {
    return inviterId.equals(organizationId) || partnerId.equals(organizationId);
  }

  /** @throws NotFoundException if the organization is not a side of this partnership */
  public Side sideOf(String organizationId) {
    if (inviterId.equals(organizationId)) {
      return Side.LEFT;
    }
    if (partnerId.equals(organizationId)) {
      return Side.RIGHT;
    }
    throw new NotFoundException("You have no partnership with id " + id + ".");
  }

  public String organizationOf(Side side) {
    return side == Side.LEFT ? inviterId : partnerId;
  }

  /** The list a side matches, or null when it has none (not chosen yet, or deleted). */
  public String listOf(Side side) {
    return side == Side.LEFT ? inviterListId : partnerListId;
  }

  /** What a side shares with the other. */
  public SharingPolicy policyOf(Side side) {
    return side == Side.LEFT ? inviterPolicy : partnerPolicy;
  }
}
