package org.pathwork.workflow.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.pathwork.workflow.common.Durations;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.link.ActionLinks;
import org.pathwork.workflow.link.Purpose;
import org.pathwork.workflow.placement.api.ChangesRequested;
import org.pathwork.workflow.placement.api.HoursConfirmationReminderDue;
import org.pathwork.workflow.placement.api.HoursDeclined;
import org.pathwork.workflow.placement.api.HoursSubmitted;
import org.pathwork.workflow.placement.api.PlacementApproved;
import org.pathwork.workflow.placement.api.PlacementCompleted;
import org.pathwork.workflow.placement.api.PlacementEnded;
import org.pathwork.workflow.placement.api.ReflectionReturned;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.pathwork.workflow.placement.query.PlacementView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is told what (issue 13, "who gets what"). Two kinds of cause: a task the process makes for
 * someone (the supervisor's hours reminder and evaluation; the coordinator's overdue review,
 * reflection review and sign-off; see {@link #taskCreated}), and an event that asks something of
 * the student, the supervisor (a placement to start, hours to confirm) or a guardian. Both run in the transaction of their cause, so a notice is recorded if
 * and only if its cause commits. Not a projection: a rebuild of the read models never tells anyone.
 */
@Component
@ProcessingGroup("notifications")
public class NotificationPolicy {

    private final Notices notices;
    private final ActionLinks links;
    private final PlacementQueries placements;
    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final Clock clock;

    public NotificationPolicy(Notices notices, ActionLinks links, PlacementQueries placements,
                              JdbcClient jdbc,
                              PathworkProperties settings, Clock clock) {
        this.notices = notices;
        this.links = links;
        this.placements = placements;
        this.jdbc = jdbc;
        this.zone = settings.timeZone();
        this.clock = clock;
    }

    /** What a notice says about its placement. */
    private record About(PlacementView placement, String student, String studentFirstName, String title,
                         String employer) {
    }

    /** In one read: a notice is made in its cause's transaction, and several per placement. */
    private About about(String placementId) {
        PlacementQueries.Named named = placements.findNamed(placementId).orElseThrow();
        String student = named.studentName() == null ? "the student" : named.studentName();
        return new About(named.placement(), student, student.split(" ")[0],
                named.opportunityTitle() == null ? "the placement" : named.opportunityTitle(),
                named.employerName() == null ? "the employer" : named.employerName());
    }

    /** An action link: works once, without signing in, for this person and purpose only. */
    private String link(String personId, Purpose purpose, String placementId) {
        return notices.page(ActionLinks.PAGE + links.issue(personId, purpose, placementId, null));
    }

    // --- tasks the process makes -----------------------------------------------------------------

    /** Called by the process engine as it creates a user task (see placement/process/TaskNotifications). */
    public void taskCreated(String taskKey, String taskId, String placementId, Date due) {
        if (placementId == null) {
            return;
        }
        LocalDate dueOn = due == null ? null : due.toInstant().atZone(zone).toLocalDate();
        switch (taskKey) {
            case "user_task_log_hours_reminder" -> supervisor(placementId, taskId, dueOn, NoticeKind.HOURS_REMINDER);
            case "user_task_final_evaluation" -> supervisor(placementId, taskId, dueOn, NoticeKind.EVALUATION_DUE);
            case "user_task_escalate_overdue_review" -> coordinators(placementId, taskId, NoticeKind.REVIEW_OVERDUE);
            case "user_task_review_reflection" -> coordinators(placementId, taskId, NoticeKind.REFLECTION_TO_REVIEW);
            case "user_task_sign_off_completion" -> coordinators(placementId, taskId, NoticeKind.SIGN_OFF_READY);
            default -> {
                // the coordinator's own review queue and other tasks: the inbox shows them
            }
        }
    }

    private void supervisor(String placementId, String taskId, LocalDate dueOn, NoticeKind kind) {
        About a = about(placementId);
        String supervisor = a.placement().supervisorId();
        if (supervisor == null) {
            return;
        }
        String subject;
        String body;
        String link;
        String label;
        switch (kind) {
            case HOURS_REMINDER -> {
                subject = "No hours logged for " + a.student() + " this week";
                body = "No hours have been logged for " + a.student() + "'s placement \"" + a.title()
                        + "\" for a week. Please log the hours worked since the last entry, or tell the coordinator "
                        + "if the placement has paused.";
                link = notices.page("placements/" + placementId);
                label = "Log hours";
            }
            default -> {
                subject = "Final evaluation due for " + a.student();
                body = a.student() + "'s placement \"" + a.title() + "\" has ended. Please rate "
                        + a.studentFirstName() + "'s durable skills in the final evaluation.";
                link = link(supervisor, Purpose.SUBMIT_EVALUATION, placementId);
                label = "Give the final evaluation";
            }
        }
        notices.tell(new Notice(kind, supervisor, placementId, subject, body, link, label, dueOn,
                kind + ":" + taskId));
    }

    private void coordinators(String placementId, String taskId, NoticeKind kind) {
        About a = about(placementId);
        String subject = switch (kind) {
            case REVIEW_OVERDUE -> "Overdue: the review of " + a.student() + "'s application";
            case REFLECTION_TO_REVIEW -> a.student() + "'s final reflection waits for your review";
            default -> a.student() + "'s placement is ready to be signed off";
        };
        String body = switch (kind) {
            case REVIEW_OVERDUE -> a.student() + " applied for \"" + a.title() + "\" at " + a.employer()
                    + " and the application has waited longer than the review period. Approve it, ask for changes "
                    + "or reject it.";
            case REFLECTION_TO_REVIEW -> a.student() + " submitted the final reflection for \"" + a.title()
                    + "\". Accept it or return it with a comment.";
            default -> a.student() + "'s placement \"" + a.title() + "\" meets every criterion for completion: "
                    + "hours, final reflection and evaluation. Sign it off to issue the certificate.";
        };
        String link = notices.page("placements/" + placementId);
        for (String coordinator : coordinatorsOf(a.placement().studentId())) {
            notices.tell(new Notice(kind, coordinator, placementId, subject, body, link, "Open the placement", null,
                    kind + ":" + taskId + ":" + coordinator));
        }
    }

    /**
     * The coordinators of the student's own school or program; when it has none, those of its
     * district. District coordinators see every school's placements, but would drown in the mail of
     * every school that has coordinators of its own.
     */
    private List<String> coordinatorsOf(String studentId) {
        List<String> school = jdbc.sql("""
                select m.person_id from person s
                join person_organization m on m.organization_id = s.school_id
                join person c on c.person_id = m.person_id and c.role = 'COORDINATOR'
                where s.person_id = ? order by m.person_id""").param(studentId).query(String.class).list();
        if (!school.isEmpty()) {
            return school;
        }
        return jdbc.sql("""
                select m.person_id from person s
                join organization o on o.organization_id = s.school_id
                join person_organization m on m.organization_id = o.parent_id
                join person c on c.person_id = m.person_id and c.role = 'COORDINATOR'
                where s.person_id = ? order by m.person_id""").param(studentId).query(String.class).list();
    }

    // --- events that ask something of the student or a guardian ----------------------------------

    /**
     * The supervisor is told at approval (from the event, which names them: the read model may not
     * have them yet while the process makes its "Start placement" task), and a minor's guardians
     * are asked for consent.
     */
    @EventHandler
    void on(PlacementApproved e, EventMessage<?> message) {
        About a = about(e.placementId());
        notices.tell(new Notice(NoticeKind.PLACEMENT_TO_START, e.supervisorId(), e.placementId(),
                a.student() + " is ready to start at " + a.employer(),
                a.student() + "'s placement \"" + a.title() + "\" is approved, planned to start on "
                        + NoticeMail.due(a.placement().plannedStart()) + ". When " + a.studentFirstName()
                        + " has started, confirm it so that hours can be logged."
                        + (e.guardianConsentRequired() ? " " + a.studentFirstName() + " is a minor: the placement can "
                        + "start once a guardian has given consent." : ""),
                link(e.supervisorId(), Purpose.START_PLACEMENT, e.placementId()),
                "Confirm that " + a.studentFirstName() + " has started", a.placement().plannedStart(),
                NoticeKind.PLACEMENT_TO_START + ":" + message.getIdentifier()));
        if (!e.guardianConsentRequired()) {
            return;
        }
        List<String> guardians = jdbc.sql("select guardian_id from guardian_student where student_id = ? order by 1")
                .param(a.placement().studentId()).query(String.class).list();
        for (String guardian : guardians) {
            notices.tell(new Notice(NoticeKind.CONSENT_NEEDED, guardian, e.placementId(),
                    "Your consent for " + a.studentFirstName() + "'s placement at " + a.employer(),
                    a.student() + " has been approved for \"" + a.title() + "\" at " + a.employer() + ", from "
                            + NoticeMail.due(a.placement().plannedStart()) + " to "
                            + NoticeMail.due(a.placement().plannedEnd()) + ", " + e.requiredHours()
                            + " hours in all. Because " + a.studentFirstName() + " is under 18, the placement "
                            + "starts only once a parent or guardian has given consent.",
                    link(guardian, Purpose.GIVE_CONSENT, e.placementId()),
                    "Confirm your consent", a.placement().plannedStart(),
                    NoticeKind.CONSENT_NEEDED + ":" + message.getIdentifier() + ":" + guardian));
        }
    }

    @EventHandler
    void on(ChangesRequested e, EventMessage<?> message) {
        About a = about(e.placementId());
        student(a, NoticeKind.CHANGES_REQUESTED, message, "Changes requested to your application for \"" + a.title() + "\"",
                "Your coordinator asked for changes to your application for \"" + a.title() + "\" at " + a.employer()
                        + "." + comment(e.comment()), "Revise your application");
    }

    @EventHandler
    void on(ReflectionReturned e, EventMessage<?> message) {
        About a = about(e.placementId());
        student(a, NoticeKind.REFLECTION_RETURNED, message, "Your " + (e.finalReflection() ? "final " : "")
                        + "reflection was returned",
                "Your coordinator returned your " + (e.finalReflection() ? "final " : "") + "reflection on \""
                        + a.title() + "\"." + comment(e.comment()), "Open your placement");
    }

    @EventHandler
    void on(PlacementEnded e, EventMessage<?> message) {
        About a = about(e.placementId());
        if ("ACCEPTED".equals(a.placement().finalReflectionState())) {
            return;
        }
        student(a, NoticeKind.FINAL_REFLECTION_DUE, message, "Your final reflection on \"" + a.title() + "\"",
                "Your placement at " + a.employer() + " ended on " + NoticeMail.due(e.endedOn()) + ". Write your "
                        + "final reflection: what you did, what you learned, and what you want to do next.",
                "Write your final reflection");
    }

    @EventHandler
    void on(PlacementCompleted e, EventMessage<?> message) {
        About a = about(e.placementId());
        student(a, NoticeKind.PLACEMENT_COMPLETED, message, "Your placement at " + a.employer() + " is complete",
                "Congratulations: your coordinator signed off your placement \"" + a.title() + "\". Your certificate "
                        + "is on the placement's page." + comment(e.comment()), "Open your placement");
    }

    /**
     * Hours a student logged wait for the supervisor: one mail per placement and day, however many
     * entries that day brings; its link confirms what is waiting when it is opened (the page lists it).
     */
    @EventHandler
    void on(HoursSubmitted e) {
        About a = about(e.placementId());
        String supervisor = a.placement().supervisorId();
        if (supervisor == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        notices.tell(new Notice(NoticeKind.HOURS_TO_CONFIRM, supervisor, e.placementId(),
                a.student() + " logged hours for you to confirm",
                a.student() + " logged " + Durations.words(e.minutes()) + " on " + NoticeMail.due(e.date()) + " for \""
                        + a.title() + "\". They count once you confirm them; if they are wrong, decline them with a "
                        + "reason. Hours logged later today are listed on the same page.",
                link(supervisor, Purpose.CONFIRM_HOURS, e.placementId()), "Confirm the hours", today.plusDays(3),
                NoticeKind.HOURS_TO_CONFIRM + ":" + e.placementId() + ":" + today));
    }

    @EventHandler
    void on(HoursConfirmationReminderDue e, EventMessage<?> message) {
        About a = about(e.placementId());
        String supervisor = a.placement().supervisorId();
        if (supervisor == null) {
            return;
        }
        notices.tell(new Notice(NoticeKind.HOURS_TO_CONFIRM, supervisor, e.placementId(),
                "Reminder: " + a.student() + "'s hours wait for you",
                a.student() + "'s " + Durations.words(e.minutes()) + " on " + NoticeMail.due(e.date())
                        + " still wait for your confirmation.",
                link(supervisor, Purpose.CONFIRM_HOURS, e.placementId()), "Confirm the hours", null,
                NoticeKind.HOURS_TO_CONFIRM + ":" + message.getIdentifier()));
    }

    @EventHandler
    void on(HoursDeclined e, EventMessage<?> message) {
        About a = about(e.placementId());
        student(a, NoticeKind.HOURS_DECLINED, message, "Hours you logged were declined",
                "Your supervisor declined the " + Durations.words(e.minutes()) + " you logged on "
                        + NoticeMail.due(e.date()) + " for \"" + a.title() + "\"; they do not count.\n\nThe reason: "
                        + e.reason(), "Open your placement");
    }

    private void student(About a, NoticeKind kind, EventMessage<?> cause, String subject, String body, String label) {
        notices.tell(new Notice(kind, a.placement().studentId(), a.placement().id(), subject, body,
                notices.page("placements/" + a.placement().id()), label, null, kind + ":" + cause.getIdentifier()));
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "" : "\n\nTheir comment: " + comment;
    }
}
