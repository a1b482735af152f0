package org.bellwether.server;

/** A request the API cannot answer, with the HTTP status and the problem in words, sent as a JSON error. */
final class ApiProblem extends RuntimeException {

    private final int status;

    ApiProblem(int status, String problem) {
        super(problem);
        this.status = status;
    }

    int status() {
        return status;
    }
}
