package io.venn.service.partnership;

import io.venn.service.organization.Organization;
import io.venn.service.organization.OrganizationService;
import io.venn.service.system.Caller;
import io.venn.view.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/partnerships")
class PartnershipController {
  private final PartnershipService service;
  private final OrganizationService organizations;

  PartnershipController(PartnershipService service, OrganizationService organizations) {
    this.service = service;
    this.organizations = organizations;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PartnershipView invite(Caller caller, @Valid @RequestBody InviteRequest request) {
    return view(caller, service.invite(caller.organizationId(), request.partnerId().strip()));
  }

  @GetMapping
  List<PartnershipView> mine(Caller caller) {
    return service.partnershipsOf(caller.organizationId()).stream().map(p -> view(caller, p)).toList();
  }

  @GetMapping("/{id}")
  PartnershipView one(Caller caller, @PathVariable String id) {
    return view(caller, service.require(caller.organizationId(), id));
  }

  @PostMapping("/{id}/accept")
  PartnershipView accept(Caller caller, @PathVariable String id) {
    return view(caller, service.accept(caller.organizationId(), id));
  }

  @PostMapping("/{id}/end")
  PartnershipView end(Caller caller, @PathVariable String id) {
    return view(caller, service.end(caller.organizationId(), id));
  }

  @PutMapping("/{id}/list")
  PartnershipView setList(Caller caller, @PathVariable String id, @Valid @RequestBody ListRequest request) {
    return view(caller, service.setList(caller.organizationId(), id, request.listId().strip()));
  }

  @PutMapping("/{id}/sharing")
  PartnershipView setSharing(Caller caller, @PathVariable String id, @NotNull @RequestBody SharingDto request) {
    return view(caller, service.setSharing(caller.organizationId(), id, request.toPolicy()));
  }

  private PartnershipView view(Caller caller, Partnership p) {
    Side me = p.sideOf(caller.organizationId());
    String partnerId = p.organizationOf(me.other());
    String partnerName = organizations.find(partnerId).map(Organization::name).orElse(null);
    return new PartnershipView(
        p.id(),
        p.status().name(),
        me == Side.LEFT ? "INVITER" : "INVITED",
        new PartnerRef(partnerId, partnerName),
        p.listOf(me),
        p.listOf(me.other()) != null,
        SharingDto.of(p.policyOf(me)),
        SharingDto.seenByPartner(p.policyOf(me.other())),
        p.createdAt().toString(),
        p.acceptedAt() == null ? null : p.acceptedAt().toString(),
        p.endedAt() == null ? null : p.endedAt().toString());
  }

  record InviteRequest(@NotBlank(message = "partnerId is required: the id of the organization to invite") String partnerId) {}

  record ListRequest(@NotBlank(message = "listId is required: the id of one of your lists") String listId) {}

  record PartnerRef(String id, String name) {}

  /**
   * @param mySharing what I share with the partner
   * @param partnerSharing what the partner shares with me
   */
  record PartnershipView(
      String id,
      String status,
      String role,
      PartnerRef partner,
      String myListId,
      boolean partnerHasList,
      SharingDto mySharing,
      SharingDto partnerSharing,
      String createdAt,
      String acceptedAt,
      String endedAt) {}
}
