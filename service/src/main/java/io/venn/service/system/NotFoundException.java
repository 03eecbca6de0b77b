package io.venn.service.system;

/** The resource does not exist or belongs to someone else (we never say which). Maps to 404. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String detail) {
    super(detail);
  }
}
