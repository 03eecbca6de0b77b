package io.venn.service.system;

import io.venn.read.InvalidListException;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as {@code application/problem+json} with a {@code detail} a person can act on.
 * Spring's own MVC exceptions (unreadable JSON, wrong media type, bean validation) are handled by the
 * superclass, which also renders problem details.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(BadInputException.class)
  ProblemDetail badInput(BadInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
  }

  @ExceptionHandler(LimitExceededException.class)
  ProblemDetail limitExceeded(LimitExceededException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Limit exceeded", e.getMessage());
    p.setProperty("limit", e.limit());
    p.setProperty("value", e.value());
    return p;
  }

  /**
   * A multipart body the container cannot parse (no boundary, truncated, bad part headers). Too large
   * an upload is the superclass's 413.
   */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail badMultipart(MultipartException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Bad request",
        "The multipart/form-data body cannot be read (missing or wrong boundary, or a truncated part). Send the CSV as"
            + " a part named 'file' (curl -F file=@accounts.csv) or as a raw text/csv body.");
  }

  @ExceptionHandler(InvalidListException.class)
  ProblemDetail invalidList(InvalidListException e) {
    return problem(HttpStatus.BAD_REQUEST, "Unusable account list", e.getMessage() + ". Nothing was stored.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST, "Bad request", "Parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'.");
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(TaskRejectedException.class)
  ResponseEntity<ProblemDetail> busy(TaskRejectedException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "60")
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", "Too many match jobs are waiting; try again in a minute."));
  }

  @ExceptionHandler(BusyException.class)
  ResponseEntity<ProblemDetail> busy(BusyException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "60")
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage()));
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }
}
