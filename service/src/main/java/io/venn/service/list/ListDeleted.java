package io.venn.service.list;

/** Published after a list is deleted, so caches holding its records or views can drop them. */
public record ListDeleted(String listId) {}
