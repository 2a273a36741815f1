package io.commitments.web;

/** An id in the path names nothing the caller can see; answered with 404 and the given code. */
class NotFoundException extends RuntimeException {

    private final String code;

    NotFoundException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    String code() {
        return code;
    }
}
