package io.venn.service.system;

/** The request cannot be used as sent; the message says what to change. Maps to 400. */
public final class BadInputException extends RuntimeException {
  public BadInputException(String detail) {
    super(detail);
  }
}
