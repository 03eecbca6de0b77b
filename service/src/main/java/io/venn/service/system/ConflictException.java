package io.venn.service.system;

/** The request is valid but the resource's state forbids it now (not active, no list...). Maps to 409. */
public final class ConflictException extends RuntimeException {
  public ConflictException(String detail) {
    super(detail);
  }
}
