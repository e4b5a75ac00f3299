package org.pathwork.workflow.people;

import java.time.LocalDate;
import org.pathwork.workflow.common.Role;

/** A person of the directory. Personal data lives here, never in events. */
public record Person(String id, String username, String displayName, String email, Role role,
                     LocalDate birthDate, String schoolId, String employerId, boolean active) {
}
