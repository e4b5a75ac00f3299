package org.pathwork.workflow.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityQueries.Filter;
import org.pathwork.workflow.opportunity.query.OpportunityQueries.Listing;
import org.pathwork.workflow.people.Organization;
import org.springframework.beans.factory.annotation.Autowired;

/** A student narrows the opportunities by career cluster, stage, type and pay, one page at a time. */
@org.springframework.test.context.TestPropertySource(properties = "pathwork.test.own-database=opportunity-search")
class OpportunitySearchIntegrationTest extends IntegrationTest {

    @Autowired OpportunityService opportunities;
    @Autowired Fixtures given;

    Actor coordinator;
    Actor student;
    Organization employer;
    String cluster;

    /** Clusters no other test files opportunities under; each test takes one (own database, see the class). */
    private static final List<String> UNUSED_CLUSTERS = List.of("Hospitality and Tourism", "Marketing", "Finance",
            "Human Services");
    private static final java.util.concurrent.atomic.AtomicInteger nextCluster = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void threeOpportunitiesInAClusterOfTheirOwn() {
        coordinator = given.coordinator();
        student = given.student(17);
        employer = given.employer();
        cluster = UNUSED_CLUSTERS.get(nextCluster.getAndIncrement());
        publish("A paid internship", Stage.PREPARATION, OpportunityType.INTERNSHIP, true);
        publish("B unpaid internship", Stage.PREPARATION, OpportunityType.INTERNSHIP, false);
        publish("C job shadow", Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false);
    }

    @Test
    void eachFilterNarrowsTheListAndEmployerNamesComeWithIt() {
        assertThat(titles(new Filter(cluster, null, null, null)))
                .containsExactly("A paid internship", "B unpaid internship", "C job shadow");
        assertThat(titles(new Filter(cluster, Stage.EXPLORATION, null, null))).containsExactly("C job shadow");
        assertThat(titles(new Filter(cluster, null, OpportunityType.INTERNSHIP, null)))
                .containsExactly("A paid internship", "B unpaid internship");
        assertThat(titles(new Filter(cluster, null, null, true))).containsExactly("A paid internship");
        assertThat(titles(new Filter(cluster, Stage.PREPARATION, OpportunityType.INTERNSHIP, false)))
                .containsExactly("B unpaid internship");
        assertThat(opportunities.search(student, new Filter(cluster, null, null, null), 0, 10))
                .extracting(Listing::employerName).containsOnly(employer.name());
        assertThat(opportunities.careerClusters(student)).contains(cluster);
    }

    @Test
    void pagesFollowOneAnother() {
        Filter filter = new Filter(cluster, null, null, null);
        assertThat(opportunities.search(student, filter, 0, 2)).extracting(l -> l.opportunity().title())
                .containsExactly("A paid internship", "B unpaid internship");
        assertThat(opportunities.search(student, filter, 2, 2)).extracting(l -> l.opportunity().title())
                .containsExactly("C job shadow");
    }

    private List<String> titles(Filter filter) {
        return opportunities.search(student, filter, 0, 50).stream().map(l -> l.opportunity().title()).toList();
    }

    private void publish(String title, Stage stage, OpportunityType type, boolean paid) {
        opportunities.publish(coordinator, new OpportunityService.NewOpportunity(title, employer.id(), "Learn.",
                cluster, stage, type, paid, 2, 14, null, 20));
    }
}
