package org.pathwork.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.ApprovePlacement;
import org.pathwork.workflow.placement.api.DeclineHours;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.GiveFeedback;
import org.pathwork.workflow.placement.api.HoursStatus;
import org.pathwork.workflow.placement.api.LogHours;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.api.RecordGuardianConsent;
import org.pathwork.workflow.placement.api.ReviseApplication;
import org.pathwork.workflow.placement.api.SubmitApplication;
import org.pathwork.workflow.placement.api.SubmitEvaluation;
import org.pathwork.workflow.placement.api.SubmitReflection;
import org.pathwork.workflow.placement.api.TextLimits;
import org.pathwork.workflow.placement.api.WithdrawHours;
import org.pathwork.workflow.placement.query.PlacementView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The placement endpoints of shared/api.md. Each one translates JSON and usernames, then calls
 * {@link PlacementService}, which decides who may do what; nothing here touches the domain directly.
 */
@RestController
@RequestMapping("/api/placements")
class PlacementController {

    // --- request bodies -------------------------------------------------------------------------
    // Every limit is the command's own constant (one number for the domain, the API and the forms);
    // springdoc shows each @Size as the schema's maxLength.

    record ApplyJson(@NotBlank @Size(max = 64) String opportunityId,
                     @NotEmpty @Size(max = SubmitApplication.MAX_LEARNING_GOALS)
                     List<@NotBlank @Size(max = SubmitApplication.MAX_LEARNING_GOAL) String> learningGoals,
                     @NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd) {
    }

    record ReviseJson(@NotEmpty @Size(max = ReviseApplication.MAX_LEARNING_GOALS)
                      List<@NotBlank @Size(max = ReviseApplication.MAX_LEARNING_GOAL) String> learningGoals,
                      @NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd) {
    }

    record ApproveJson(@Size(max = 100) String supervisor,
                       @Min(1) @Max(ApprovePlacement.MAX_REQUIRED_HOURS) Integer requiredHours,
                       @Size(max = ApprovePlacement.MAX_COMMENT) String comment) {
    }

    /** Reject, void hours, withdraw, terminate, suspend: each command's MAX_REASON is {@link TextLimits#REASON}. */
    record ReasonJson(@NotBlank @Size(max = TextLimits.REASON) String reason) {
    }

    /** Request changes, return a reflection: each command's MAX_COMMENT is {@link TextLimits#REASON}. */
    record CommentJson(@NotBlank @Size(max = TextLimits.REASON) String comment) {
    }

    /** Accept a reflection, sign off: each command's MAX_COMMENT is {@link TextLimits#REASON}. */
    record OptionalCommentJson(@Size(max = TextLimits.REASON) String comment) {
    }

    record ConsentJson(@NotBlank @Size(max = RecordGuardianConsent.MAX_GUARDIAN_NAME) String guardianName,
                       @NotBlank @Size(max = RecordGuardianConsent.MAX_RELATIONSHIP) String relationship,
                       @NotNull LocalDate consentedOn) {
    }

    /** A supervisor's entry is a LogHours, a student's a SubmitHours: the same limits. */
    record HoursJson(@NotNull LocalDate date, @NotNull @Min(1) @Max(LogHours.MAX_MINUTES) Integer minutes,
                     @NotBlank @Size(max = LogHours.MAX_ACTIVITY) String activity) {
    }

    record DeclineJson(@NotBlank @Size(max = DeclineHours.MAX_REASON) String reason) {
    }

    record OptionalReasonJson(@Size(max = WithdrawHours.MAX_REASON) String reason) {
    }

    record FeedbackJson(@NotBlank @Size(max = GiveFeedback.MAX_TEXT) String text) {
    }

    /** api.md names the flag "final", a Java keyword. */
    record ReflectionJson(@NotBlank @Size(max = SubmitReflection.MAX_TEXT) String text,
                          @JsonProperty("final") @NotNull Boolean finalReflection) {
    }

    /** The body of an action that needs no data: {} or nothing, but never something unreadable. */
    record EmptyJson() {
    }

    record RatingsJson(@NotNull @Min(1) @Max(4) Integer criticalThinking, @NotNull @Min(1) @Max(4) Integer collaboration,
                       @NotNull @Min(1) @Max(4) Integer communication, @NotNull @Min(1) @Max(4) Integer creativity,
                       @NotNull @Min(1) @Max(4) Integer growthMindset, @NotNull @Min(1) @Max(4) Integer professionalism) {
    }

    record EvaluationJson(@NotNull @Valid RatingsJson ratings, @Size(max = SubmitEvaluation.MAX_COMMENT) String comment) {
    }

    // --- responses -------------------------------------------------------------------------------

    record StatusJson(String id, PlacementStatus status) {
    }

    record CreatedJson(String id, PlacementStatus status) {
    }

    /** {@code status} is the placement's, as on every write; {@code entryStatus} the new entry's (PENDING for a student's). */
    record EntryCreatedJson(String entryId, PlacementStatus status, HoursStatus entryStatus) {
    }

    record ReflectionCreatedJson(String reflectionId, PlacementStatus status) {
    }

    record FeedbackCreatedJson(String feedbackId, PlacementStatus status) {
    }

    record HoursEntryJson(String entryId, LocalDate date, int minutes, String activity, String loggedBy,
                          Instant loggedAt, HoursStatus status, boolean voided, String voidReason, String declineReason) {
    }

    record FeedbackEntryJson(String feedbackId, String text, String givenBy, Instant givenAt) {
    }

    record ReflectionEntryJson(String reflectionId, String text, boolean finalReflection, String state,
                               String reviewComment, Instant submittedAt) {
    }

    record PlacementJson(String id, PlacementStatus status, String student, String supervisor, String opportunityId,
                         List<String> learningGoals, LocalDate plannedStart, LocalDate plannedEnd,
                         Integer requiredHours, int loggedMinutes, int pendingMinutes, boolean guardianConsentRequired,
                         boolean guardianConsentRecorded, LocalDate startedOn, LocalDate endedOn,
                         String finalReflection, Map<String, Object> evaluation, String statusReason,
                         Instant appliedAt, Instant updatedAt, List<HoursEntryJson> hours,
                         List<FeedbackEntryJson> feedback, List<ReflectionEntryJson> reflections) {
    }

    record AuditJson(int seq, Instant at, String type, String actor, String role, String source, String reason,
                     String summary, String correlationId) {
    }

    private final PlacementService placements;
    private final Usernames names;

    PlacementController(PlacementService placements, Usernames names) {
        this.placements = placements;
        this.names = names;
    }

    // --- reading ---------------------------------------------------------------------------------

    @GetMapping
    List<PlacementJson> list(@AuthenticationPrincipal PathworkUser user,
                             @RequestParam(required = false) PlacementStatus status,
                             @RequestParam(defaultValue = "0") int offset,
                             @RequestParam(defaultValue = "100") int limit) {
        Usernames.Lookup lookup = names.lookup();
        return placements.list(actor(user), status, offset, limit).stream()
                .map(p -> json(p, null, lookup)).toList();
    }

    @GetMapping("/{id}")
    PlacementJson get(@AuthenticationPrincipal PathworkUser user, @PathVariable String id) {
        PlacementService.Details d = placements.details(actor(user), id);
        return json(d.placement(), d, names.lookup());
    }

    @GetMapping("/{id}/audit")
    List<AuditJson> audit(@AuthenticationPrincipal PathworkUser user, @PathVariable String id) {
        Usernames.Lookup lookup = names.lookup();
        return placements.timeline(actor(user), id).stream().map(e -> audit(e, lookup)).toList();
    }

    // --- application ---------------------------------------------------------------------------

    @Requires(Permission.APPLY)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedJson apply(@AuthenticationPrincipal PathworkUser user, @Valid @RequestBody ApplyJson body) {
        String id = placements.apply(actor(user), body.opportunityId(), body.learningGoals(), body.plannedStart(),
                body.plannedEnd());
        return new CreatedJson(id, PlacementStatus.APPLIED);
    }

    @Requires(Permission.REQUEST_CHANGES)
    @PostMapping("/{id}/request-changes")
    StatusJson requestChanges(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                              @Valid @RequestBody CommentJson body) {
        return new StatusJson(id, placements.requestChanges(actor(user), id, body.comment()));
    }

    @Requires(Permission.REVISE)
    @PostMapping("/{id}/revise")
    StatusJson revise(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                      @Valid @RequestBody ReviseJson body) {
        return new StatusJson(id, placements.revise(actor(user), id, body.learningGoals(), body.plannedStart(),
                body.plannedEnd()));
    }

    @Requires(Permission.APPROVE)
    @PostMapping("/{id}/approve")
    StatusJson approve(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                       @Valid @RequestBody(required = false) ApproveJson body) {
        ApproveJson b = body == null ? new ApproveJson(null, null, null) : body;
        return new StatusJson(id, placements.approve(actor(user), id, names.supervisorId("supervisor", b.supervisor()),
                b.requiredHours(), b.comment()));
    }

    @Requires(Permission.REJECT)
    @PostMapping("/{id}/reject")
    StatusJson reject(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                      @Valid @RequestBody ReasonJson body) {
        return new StatusJson(id, placements.reject(actor(user), id, body.reason()));
    }

    @Requires(Permission.RECORD_GUARDIAN_CONSENT)
    @PostMapping("/{id}/guardian-consent")
    StatusJson guardianConsent(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                               @Valid @RequestBody ConsentJson body) {
        return new StatusJson(id, placements.recordGuardianConsent(actor(user), id, body.guardianName(),
                body.relationship(), body.consentedOn()));
    }

    // --- the placement itself -------------------------------------------------------------------

    @Requires(Permission.START)
    @PostMapping("/{id}/start")
    StatusJson start(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                    @RequestBody(required = false) EmptyJson body) {
        return new StatusJson(id, placements.start(actor(user), id));
    }

    /** The supervisor's entry counts at once; the student's waits for the supervisor (entryStatus PENDING). */
    @Requires(Permission.LOG_HOURS)
    @PostMapping("/{id}/hours")
    @ResponseStatus(HttpStatus.CREATED)
    EntryCreatedJson logHours(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                              @Valid @RequestBody HoursJson body) {
        String entryId = placements.logHours(actor(user), id, body.date(), body.minutes(), body.activity());
        PlacementService.Details d = placements.details(actor(user), id);
        HoursStatus entryStatus = d.hours().stream().filter(h -> h.entryId().equals(entryId))
                .map(PlacementView.HoursEntry::status).findFirst().orElseThrow();
        return new EntryCreatedJson(entryId, d.placement().status(), entryStatus);
    }

    @Requires(Permission.CONFIRM_HOURS)
    @PostMapping("/{id}/hours/{entryId}/confirm")
    StatusJson confirmHours(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                            @PathVariable String entryId, @RequestBody(required = false) EmptyJson body) {
        return new StatusJson(id, placements.confirmHours(actor(user), id, entryId));
    }

    @Requires(Permission.DECLINE_HOURS)
    @PostMapping("/{id}/hours/{entryId}/decline")
    StatusJson declineHours(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                            @PathVariable String entryId, @Valid @RequestBody DeclineJson body) {
        return new StatusJson(id, placements.declineHours(actor(user), id, entryId, body.reason()));
    }

    /** The student takes back an entry of theirs that still waits for confirmation; the reason is optional. */
    @Requires(Permission.WITHDRAW_HOURS)
    @PostMapping("/{id}/hours/{entryId}/withdraw")
    StatusJson withdrawHours(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                             @PathVariable String entryId, @Valid @RequestBody(required = false) OptionalReasonJson body) {
        return new StatusJson(id, placements.withdrawHours(actor(user), id, entryId, body == null ? null : body.reason()));
    }

    @Requires(Permission.VOID_HOURS)
    @PostMapping("/{id}/hours/{entryId}/void")
    StatusJson voidHours(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                         @PathVariable String entryId, @Valid @RequestBody ReasonJson body) {
        return new StatusJson(id, placements.voidHours(actor(user), id, entryId, body.reason()));
    }

    @Requires(Permission.GIVE_FEEDBACK)
    @PostMapping("/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    FeedbackCreatedJson feedback(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                                 @Valid @RequestBody FeedbackJson body) {
        String feedbackId = placements.giveFeedback(actor(user), id, body.text());
        return new FeedbackCreatedJson(feedbackId, placements.get(actor(user), id).status());
    }

    @Requires(Permission.SUBMIT_REFLECTION)
    @PostMapping("/{id}/reflections")
    @ResponseStatus(HttpStatus.CREATED)
    ReflectionCreatedJson reflect(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                                  @Valid @RequestBody ReflectionJson body) {
        String reflectionId = placements.submitReflection(actor(user), id, body.text(), body.finalReflection());
        return new ReflectionCreatedJson(reflectionId, placements.get(actor(user), id).status());
    }

    @Requires(Permission.REVIEW_REFLECTION)
    @PostMapping("/{id}/reflections/{reflectionId}/accept")
    StatusJson acceptReflection(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                                @PathVariable String reflectionId,
                                @Valid @RequestBody(required = false) OptionalCommentJson body) {
        return new StatusJson(id, placements.acceptReflection(actor(user), id, reflectionId,
                body == null ? null : body.comment()));
    }

    @Requires(Permission.REVIEW_REFLECTION)
    @PostMapping("/{id}/reflections/{reflectionId}/return")
    StatusJson returnReflection(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                                @PathVariable String reflectionId, @Valid @RequestBody CommentJson body) {
        return new StatusJson(id, placements.returnReflection(actor(user), id, reflectionId, body.comment()));
    }

    @Requires(Permission.END)
    @PostMapping("/{id}/end")
    StatusJson end(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                    @RequestBody(required = false) EmptyJson body) {
        return new StatusJson(id, placements.end(actor(user), id));
    }

    @Requires(Permission.SUBMIT_EVALUATION)
    @PostMapping("/{id}/evaluation")
    StatusJson evaluation(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                          @Valid @RequestBody EvaluationJson body) {
        RatingsJson r = body.ratings();
        return new StatusJson(id, placements.submitEvaluation(actor(user), id, new DurableSkillRatings(
                r.criticalThinking(), r.collaboration(), r.communication(), r.creativity(), r.growthMindset(),
                r.professionalism()), body.comment()));
    }

    @Requires(Permission.COMPLETE)
    @PostMapping("/{id}/complete")
    StatusJson complete(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                        @Valid @RequestBody(required = false) OptionalCommentJson body) {
        return new StatusJson(id, placements.complete(actor(user), id, body == null ? null : body.comment()));
    }

    @Requires(Permission.WITHDRAW)
    @PostMapping("/{id}/withdraw")
    StatusJson withdraw(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                        @Valid @RequestBody ReasonJson body) {
        return new StatusJson(id, placements.withdraw(actor(user), id, body.reason()));
    }

    @Requires(Permission.TERMINATE)
    @PostMapping("/{id}/terminate")
    StatusJson terminate(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                         @Valid @RequestBody ReasonJson body) {
        return new StatusJson(id, placements.terminate(actor(user), id, body.reason()));
    }

    @Requires(Permission.SUSPEND)
    @PostMapping("/{id}/suspend")
    StatusJson suspend(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                       @Valid @RequestBody ReasonJson body) {
        return new StatusJson(id, placements.suspend(actor(user), id, body.reason()));
    }

    @Requires(Permission.RESUME)
    @PostMapping("/{id}/resume")
    StatusJson resume(@AuthenticationPrincipal PathworkUser user, @PathVariable String id,
                    @RequestBody(required = false) EmptyJson body) {
        return new StatusJson(id, placements.resume(actor(user), id));
    }

    // --- translation -----------------------------------------------------------------------------

    private static Actor actor(PathworkUser user) {
        return user.actor(Source.API);
    }

    private static PlacementJson json(PlacementView p, PlacementService.Details d, Usernames.Lookup lookup) {
        return new PlacementJson(p.id(), p.status(), lookup.username(p.studentId()), lookup.username(p.supervisorId()),
                p.opportunityId(), p.learningGoals(), p.plannedStart(), p.plannedEnd(), p.requiredHours(),
                p.loggedMinutes(), p.pendingMinutes(), p.guardianConsentRequired(), p.guardianConsentId() != null, p.startedOn(),
                p.endedOn(), p.finalReflectionState(), p.evaluation(), p.statusReason(), p.appliedAt(), p.updatedAt(),
                d == null ? null : d.hours().stream().map(h -> new HoursEntryJson(h.entryId(), h.date(), h.minutes(),
                        h.activity(), lookup.username(h.loggedBy()), h.loggedAt(), h.status(), h.voided(), h.voidReason(),
                        h.declineReason())).toList(),
                d == null ? null : d.feedback().stream().map(f -> new FeedbackEntryJson(f.feedbackId(), f.text(),
                        lookup.username(f.givenBy()), f.givenAt())).toList(),
                d == null ? null : d.reflections().stream().map(r -> new ReflectionEntryJson(r.reflectionId(),
                        r.text(), r.finalReflection(), r.state(), r.reviewComment(), r.submittedAt())).toList());
    }

    private static AuditJson audit(TimelineEntry e, Usernames.Lookup lookup) {
        return new AuditJson(e.seq(), e.at(), e.type(), lookup.username(e.actorId()), e.role(), e.source(), e.reason(),
                e.summary(), e.correlationId());
    }
}
