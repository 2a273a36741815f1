package io.commitments.web;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.NotPermittedException;
import io.commitments.core.api.RuleViolationException;
import io.commitments.core.api.partnership.OpenCommitmentsException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem details with a stable {@code code}; never a stack trace, SQL
 * or a class name.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:commitments:problem:" + code));
        problem.setProperty("code", code);
        return problem;
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid",
                errors.stream().map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String detail = "the request body is not valid JSON of the expected shape";
        if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = field + ": has a value of the wrong type or an unknown value";
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.malformed", detail);
        problem.setTitle("Malformed request");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalidCommand(InvalidCommandException ex) {
        return invalid(List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        Class<?> expected = ex.getRequiredType();
        String message = expected != null && expected.isEnum()
                ? "is not one of " + Arrays.stream(expected.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : "is not a valid value";
        return invalid(List.of(Map.of("field", ex.getName(), "message", message)));
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ex.code(), ex.getMessage());
        problem.setTitle("Not allowed in the current state");
        if (ex instanceof OpenCommitmentsException open) {
            problem.setProperty("openCommitments", open.openCommitments().stream().map(Object::toString).toList());
        }
        return problem;
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail versionMismatch(ConflictingAggregateVersionException ex) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "request.version-mismatch",
                "the resource changed since the version named in If-Match; read it again");
        problem.setTitle("Version mismatch");
        problem.setProperty("currentVersion", ex.getActualVersion());
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "request.concurrent-change",
                "another change to the same resource was stored at the same moment; try again");
        problem.setTitle("Concurrent change");
        return problem;
    }

    @ExceptionHandler(io.commitments.config.ProjectionRebuilds.ClaimedElsewhereException.class)
    ProblemDetail claimedElsewhere(io.commitments.config.ProjectionRebuilds.ClaimedElsewhereException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "projection.claimed-elsewhere", ex.getMessage());
        problem.setTitle("Processed by another node");
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "resource.not-found", "no such resource: " + ex.getAggregateIdentifier());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(PartnershipAccess.NotParticipantException.class)
    ProblemDetail notParticipant(PartnershipAccess.NotParticipantException ex) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "partnership.not-participant", ex.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(ETags.InvalidIfMatchException.class)
    ProblemDetail invalidIfMatch(ETags.InvalidIfMatchException ex) {
        return invalid(List.of(Map.of("field", "If-Match", "message", ex.getMessage())));
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException ex) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, ex.code(), ex.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ex.code(), ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected failure while handling a request", ex);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "the server could not complete the request; nothing was changed");
        problem.setTitle("Internal error");
        return problem;
    }
}
