package org.pathwork.api;

import java.util.HashMap;
import java.util.Map;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.springframework.stereotype.Component;

/**
 * The API names people by username and employers by name; the services use directory ids. This
 * translates both ways.
 */
@Component
class Usernames {

    private final PeopleDirectory people;

    Usernames(PeopleDirectory people) {
        this.people = people;
    }

    /** A translator that remembers what it looked up, for one response. */
    Lookup lookup() {
        return new Lookup();
    }

    String supervisorId(String field, String username) {
        if (username == null) {
            return null;
        }
        return people.findByUsername(username).filter(p -> p.role() == Role.SUPERVISOR).map(Person::id)
                .orElseThrow(() -> RuleViolation.invalid("request.unknown-supervisor",
                        "The " + field + " is not the username of a supervisor."));
    }

    String employerId(String name) {
        return people.findOrganizationByName(name, Organization.Kind.EMPLOYER).map(Organization::id)
                .orElseThrow(() -> RuleViolation.invalid("request.unknown-employer",
                        "There is no employer partner named \"" + name + "\"."));
    }

    final class Lookup {
        private final Map<String, String> usernames = new HashMap<>();
        private final Map<String, String> organizations = new HashMap<>();

        String username(String personId) {
            if (personId == null) {
                return null;
            }
            if ("system".equals(personId)) {
                return "system";
            }
            return usernames.computeIfAbsent(personId, id -> people.findById(id).map(Person::username).orElse(null));
        }

        String organization(String organizationId) {
            return organizations.computeIfAbsent(organizationId,
                    id -> people.findOrganization(id).map(Organization::name).orElse(null));
        }
    }
}
