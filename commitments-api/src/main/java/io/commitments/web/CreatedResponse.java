package io.commitments.web;

/** The body of every {@code 201 Created}: the id the server chose. */
record CreatedResponse(String id) {
}
