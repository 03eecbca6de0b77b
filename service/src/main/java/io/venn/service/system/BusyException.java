package io.venn.service.system;

/** The service is doing as much of this kind of work as it allows at once; answered 503 with Retry-After. */
public final class BusyException extends RuntimeException {
  public BusyException(String message) {
    super(message);
  }
}
