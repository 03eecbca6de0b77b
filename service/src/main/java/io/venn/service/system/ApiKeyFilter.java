package io.venn.service.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.service.organization.ApiKeyAuthenticator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every {@code /api/} call by its {@code Authorization: Bearer <key>} header, except
 * sign-up. An unknown or missing key gets 401 before any controller runs, so no endpoint can forget
 * the check.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {
  static final String CALLER = Caller.class.getName();

  private final ApiKeyAuthenticator authenticator;
  private final ObjectMapper json;

  public ApiKeyFilter(ApiKeyAuthenticator authenticator, ObjectMapper json) {
    this.authenticator = authenticator;
    this.json = json;
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
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      unauthorized(response, "Send your API key as 'Authorization: Bearer <key>'.");
      return;
    }
    Optional<Caller> caller = authenticator.authenticate(header.substring(7).trim());
    if (caller.isEmpty()) {
      // Never echo the key: it may be a real key of someone else pasted by mistake.
      unauthorized(response, "The API key is not valid (it may have been rotated). Use a current key.");
      return;
    }
    request.setAttribute(CALLER, caller.get());
    chain.doFilter(request, response);
  }

  private void unauthorized(HttpServletResponse response, String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
    problem.setTitle("Unauthorized");
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "Bearer");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
