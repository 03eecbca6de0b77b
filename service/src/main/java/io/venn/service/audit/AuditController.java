package io.venn.service.audit;

import io.venn.service.system.BadInputException;
import io.venn.service.system.Caller;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {
  private static final int MAX_LIMIT = 1000;
  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit")
  List<AuditLog.AuditEvent> events(Caller caller, @RequestParam(defaultValue = "200") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadInputException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit + ".");
    }
    return audit.visibleTo(caller.organizationId(), limit);
  }
}
