package io.venn.service.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import io.venn.service.organization.ApiKeyAuthenticator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every {@code /api/} call by its {@code Authorization: Bearer <key>} header, except
 * sign-up. An unknown or missing key gets 401 before any controller runs, so no endpoint can forget
 * the check. Two rate limits apply here, both answered with 429 and {@code Retry-After}: requests with
 * a wrong key per client address (against guessing keys), and requests per organization.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {
  static final String CALLER = Caller.class.getName();
  static final String FAILED_SIGN_INS = "venn.limits.failed-sign-ins-per-minute";
  static final String REQUESTS = "venn.limits.requests-per-minute";

  private final ApiKeyAuthenticator authenticator;
  private final ObjectMapper json;
  private final VennProperties.Limits limits;
  private final RateLimiter failedSignIns;
  private final RateLimiter requests;

  public ApiKeyFilter(ApiKeyAuthenticator authenticator, ObjectMapper json, VennProperties.Limits limits) {
    this.authenticator = authenticator;
    this.json = json;
    this.limits = limits;
    this.failedSignIns = new RateLimiter(limits.failedSignInsPerMinute(), Duration.ofMinutes(1), Ticker.systemTicker());
    this.requests = new RateLimiter(limits.requestsPerMinute(), Duration.ofMinutes(1), Ticker.systemTicker());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean signUp = "POST".equals(request.getMethod()) && path.equals("/api/v1/organizations");
    return !path.startsWith("/api/") || signUp;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The peer address, not X-Forwarded-For: a header the client writes cannot be a rate-limit key.
    String address = request.getRemoteAddr();
    long blocked = failedSignIns.waitSeconds(address);
    if (blocked > 0) {
      tooMany(response, blocked, FAILED_SIGN_INS, limits.failedSignInsPerMinute(),
          "Too many requests with a wrong API key from your address; try again in " + blocked + " s.");
      return;
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      failedSignIns.hit(address);
      unauthorized(response, "Send your API key as 'Authorization: Bearer <key>'.");
      return;
    }
    Optional<Caller> caller = authenticator.authenticate(header.substring(7).trim());
    if (caller.isEmpty()) {
      failedSignIns.hit(address);
      // Never echo the key: it may be a real key of someone else pasted by mistake.
      unauthorized(response, "The API key is not valid (it may have been rotated). Use a current key.");
      return;
    }
    long wait = requests.hit(caller.get().organizationId());
    if (wait > 0) {
      tooMany(response, wait, REQUESTS, limits.requestsPerMinute(),
          "Your organization made more than " + limits.requestsPerMinute() + " API calls this minute; try again in "
              + wait + " s.");
      return;
    }
    request.setAttribute(CALLER, caller.get());
    chain.doFilter(request, response);
  }

  private void unauthorized(HttpServletResponse response, String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
    problem.setTitle("Unauthorized");
    response.setHeader("WWW-Authenticate", "Bearer");
    write(response, problem);
  }

  private void tooMany(HttpServletResponse response, long seconds, String limit, long value, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
    problem.setTitle("Too many requests");
    problem.setProperty("limit", limit);
    problem.setProperty("value", value);
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    write(response, problem);
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
