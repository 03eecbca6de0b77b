package io.venn.service.blind;

import java.time.Duration;

/** A partnership reached its daily number of blind jobs; answered 429 with Retry-After. */
class TooManyJobsException extends RuntimeException {
  private final Duration retryAfter;

  TooManyJobsException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }
}
