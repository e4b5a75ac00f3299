package org.pathwork.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo users of shared/api.md and a few opportunities, loaded once into an empty directory
 * when {@code pathwork.demo-data=true} (the embedded default). Ages are relative to today, so
 * {@code student-minor} is always 15 and {@code student} always an adult.
 */
@Component
@ConditionalOnProperty(name = "pathwork.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The password of every demo user, as shared/api.md says; never used outside demo data. */
    private static final String DEMO_PASSWORD = "demo";

    private final PeopleDirectory people;
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final OpportunityService opportunities;
    private final Clock clock;

    DemoData(PeopleDirectory people, UserAccounts accounts, PasswordEncoder passwords, OpportunityService opportunities,
             Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.passwords = passwords;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.findByUsername("coordinator").isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Organization school = people.addOrganization("Lincoln High School", Organization.Kind.SCHOOL);
        Organization clinic = people.addOrganization("Riverside Community Clinic", Organization.Kind.EMPLOYER);
        Organization engineering = people.addOrganization("Northwind Engineering", Organization.Kind.EMPLOYER);

        Person coordinator = people.addPerson("coordinator", "Casey Coordinator", "coordinator@example.org",
                Role.COORDINATOR, null, school.id(), null);
        Person supervisor = people.addPerson("supervisor", "Sam Supervisor", "supervisor@example.org",
                Role.SUPERVISOR, null, null, clinic.id());
        Person supervisor2 = people.addPerson("supervisor2", "Robin Supervisor", "supervisor2@example.org",
                Role.SUPERVISOR, null, null, engineering.id());
        people.addPerson("student", "Alex Student", "student@example.org", Role.STUDENT,
                today.minusYears(18).minusMonths(3), school.id(), null);
        people.addPerson("student2", "Jordan Student", "student2@example.org", Role.STUDENT,
                today.minusYears(17).minusMonths(1), school.id(), null);
        people.addPerson("student-minor", "Taylor Student", "student-minor@example.org", Role.STUDENT,
                today.minusYears(15).minusMonths(2), school.id(), null);
        people.addPerson("admin", "Avery Admin", "admin@example.org", Role.ADMIN, null, null, null);
        String hash = passwords.encode(DEMO_PASSWORD);
        for (String username : new String[]{"coordinator", "supervisor", "supervisor2", "student", "student2",
                "student-minor", "admin"}) {
            accounts.create(people.findByUsername(username).orElseThrow().id(), hash);
        }

        Actor importer = new Actor(coordinator.id(), Role.COORDINATOR, Source.IMPORT);
        opportunities.publish(importer, new OpportunityService.NewOpportunity("Patient services internship",
                clinic.id(), "Help the front desk and shadow nurses during patient intake.", "Health Science",
                Stage.PREPARATION, OpportunityType.INTERNSHIP, true, 3, 14, supervisor.id(), 60));
        opportunities.publish(importer, new OpportunityService.NewOpportunity("A day with a civil engineer",
                engineering.id(), "Shadow an engineer on a site visit and in design review.",
                "Architecture and Construction", Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, 10, 14,
                supervisor2.id(), 6));
        opportunities.publish(importer, new OpportunityService.NewOpportunity("CAD apprenticeship",
                engineering.id(), "Draft parts and assemblies under a mentor; one year.", "Manufacturing",
                Stage.PREPARATION, OpportunityType.APPRENTICESHIP, true, 2, 16, supervisor2.id(), 400));
        log.info("PW-DEMO-001 demo data loaded: 7 people (password: {}), 3 opportunities", DEMO_PASSWORD);
    }
}
