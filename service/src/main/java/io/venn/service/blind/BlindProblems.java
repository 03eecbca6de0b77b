package io.venn.service.blind;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The blind-mode errors the shared problem handler does not know, as {@code application/problem+json}. */
@RestControllerAdvice
class BlindProblems {
  @ExceptionHandler(TooManyJobsException.class)
  ResponseEntity<ProblemDetail> tooMany(TooManyJobsException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    p.setTitle("Too many blind jobs");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
        .body(p);
  }
}
