package org.pathwork.api;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.roster.RosterError;
import org.pathwork.workflow.people.roster.RosterImport;
import org.pathwork.workflow.people.roster.RosterRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OneRoster 1.2 imports for administrators (shared/api.md, "Rostering and single sign-on"). The zip
 * is read straight from the request as it arrives ({@link RequestBodyLimitFilter} counts it against
 * its own, larger limit and does not buffer it).
 */
@RestController
@RequestMapping("/api/admin/roster-imports")
class RosterImportController {

    static final String PATH = "/api/admin/roster-imports";

    record CountsJson(int created, int updated, int unchanged) {
    }

    record ResultJson(boolean dryRun, int created, int updated, int unchanged, int disabled, int skipped,
                      CountsJson organizations, List<String> ignoredFiles, List<RosterError> errors) {
    }

    record PastImportJson(String id, Instant at, String by, boolean dryRun, int created, int updated, int unchanged,
                          int disabled, int skipped, CountsJson organizations, List<String> ignoredFiles) {
    }

    private final RosterImport roster;

    RosterImportController(RosterImport roster) {
        this.roster = roster;
    }

    /** The body is the zip itself (application/zip); any content type is read as one. */
    @PostMapping
    @Requires(Permission.MANAGE_PEOPLE)
    ResultJson importRoster(@AuthenticationPrincipal PathworkUser user,
                            @RequestParam(defaultValue = "false") boolean dryRun, InputStream body) {
        RosterImport.Result r = roster.importBundle(user.actor(Source.API), body, dryRun);
        return new ResultJson(r.dryRun(), r.created(), r.updated(), r.unchanged(), r.disabled(), r.skipped(),
                counts(r.organizations()), r.ignoredFiles(), List.of());
    }

    @GetMapping
    List<PastImportJson> history(@AuthenticationPrincipal PathworkUser user,
                                 @RequestParam(defaultValue = "100") int limit) {
        Actor actor = user.actor(Source.API);
        return roster.history(actor, limit).stream().map(p -> new PastImportJson(p.id(), p.at(), p.by(), p.dryRun(),
                p.created(), p.updated(), p.unchanged(), p.disabled(), p.skipped(), counts(p.organizations()),
                p.ignoredFiles())).toList();
    }

    /** Every error of the bundle, each with file, line, field and message; nothing was changed. */
    @ExceptionHandler(RosterRejected.class)
    ResponseEntity<ProblemDetail> rejected(RosterRejected e) {
        ProblemDetail p = ProblemResponses.problem(HttpStatus.UNPROCESSABLE_ENTITY, "roster.invalid", e.getMessage());
        p.setProperty("errors", e.errors());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(RequestBodyLimitFilter.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyLimitFilter.TooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Connection", "close")
                .body(ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "request.too-large", e.getMessage()));
    }

    private static CountsJson counts(RosterImport.Counts c) {
        return new CountsJson(c.created(), c.updated(), c.unchanged());
    }
}
