package io.venn.service.organization;

import io.venn.service.system.BadInputException;
import io.venn.service.system.Caller;
import io.venn.service.system.VennProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationController {
  private final OrganizationService service;
  private final VennProperties properties;

  OrganizationController(OrganizationService service, VennProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CreatedOrganization signUp(
      @Valid @RequestBody SignUpRequest request, @RequestHeader(name = "X-Admin-Token", required = false) String adminToken) {
    if (!properties.signup().open() && !adminTokenMatches(adminToken)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Sign-up is closed on this server; send the administrator's token in X-Admin-Token.");
    }
    String name = request.name().strip();
    if (name.isEmpty()) {
      throw new BadInputException("name must not be blank.");
    }
    return CreatedOrganization.of(service.signUp(name));
  }

  @GetMapping("/me")
  OrganizationView me(Caller caller) {
    return new OrganizationView(caller.organizationId(), caller.organizationName());
  }

  @PostMapping("/me/keys/rotate")
  CreatedOrganization rotate(Caller caller) {
    return CreatedOrganization.of(service.rotateKey(caller.organizationId()));
  }

  private boolean adminTokenMatches(String given) {
    String expected = properties.adminToken();
    if (given == null || expected == null || expected.isBlank()) {
      return false;
    }
    // Constant time, so response timing does not leak how much of the token was right.
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  record SignUpRequest(@NotBlank(message = "name is required") @Size(max = 200) String name) {}

  record OrganizationView(String id, String name) {}

  record CreatedOrganization(String id, String name, String apiKey) {
    static CreatedOrganization of(OrganizationService.Credentials c) {
      return new CreatedOrganization(c.organization().id(), c.organization().name(), c.apiKey());
    }
  }
}
