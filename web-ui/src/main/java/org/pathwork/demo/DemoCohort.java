package org.pathwork.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo district big enough for the equity reports to show figures: {@value #DISTRICT} with two
 * high schools, 60 students with roster-like demographics and grades, two employers with a
 * supervisor each, six opportunities, and a term of placements made through the real services as
 * their people would (so events, process instances and read models agree). Sign in as
 * {@value #COORDINATOR} (password {@code demo}) and open Reports; {@code supervisor3} and
 * {@code supervisor4} are the supervisors.
 *
 * <p>Loaded once, when {@code pathwork.demo-data} and {@code pathwork.demo-cohort} are both true
 * (the embedded default), after {@link DemoData}: on {@link ApplicationReadyEvent}, which comes after
 * every ApplicationRunner (runners of equal order run in no defined order). Skipped when the
 * district exists; all in one transaction, so a failure leaves nothing half made.
 *
 * <p>The composition is fixed ({@link #plan}: a seeded {@link Random}; dates relative to today). By
 * race and ethnicity: 14 Hispanic or Latino, 11 Asian, 11 Black or African American, 11 White, 10 of
 * two or more races, and 3 Native Hawaiian or Other Pacific Islander students, a group the reports
 * hide (and with it, so that it cannot be worked out from the total, the smallest other group). 24
 * are low income and 12 English learners: they apply and complete less often, so the reports show a
 * gap. Six students have two evaluated placements (an exploration, then a preparation) for the
 * growth panel. Grades 9 to 11 are 16 or 17, and their guardians' consent is recorded before they
 * start; grade 12 are 18.
 *
 * <p>The existing demo users see nothing of this except, in their list of opportunities, six new
 * ones whose seats are all taken (their seats are cut to those held once the placements are made).
 * Nobody in the cohort has an e-mail address: their notices stay in the app and the outbox holds
 * no mail of theirs.
 */
@Component
@ConditionalOnProperty(name = {"pathwork.demo-data", "pathwork.demo-cohort"}, havingValue = "true")
class DemoCohort {

    static final String DISTRICT = "Maple Valley District";
    static final String COORDINATOR = "district";

    private static final Logger log = LoggerFactory.getLogger(DemoCohort.class);

    /** As in {@link DemoData}; only for demo accounts. */
    private static final String DEMO_PASSWORD = "demo";
    /** How many of the students apply. */
    private static final int APPLICANTS = 38;
    /**
     * The same cohort on every machine and every start. Any seed gives a valid cohort; this one gives
     * clear gaps that are not extreme (10 to 30 percentage points).
     */
    private static final long SEED = 20;
    /**
     * Hours are worked in Saturday shifts of up to eight hours: within the federal limits for a
     * non-school day even of a 14-year-old, should a deployment apply them to older students.
     */
    private static final int MINUTES_PER_SHIFT = 480;

    private final PeopleDirectory people;
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final OpportunityService opportunities;
    private final PlacementService placements;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoCohort(PeopleDirectory people, UserAccounts accounts, PasswordEncoder passwords,
               OpportunityService opportunities, PlacementService placements, JdbcClient jdbc,
               PlatformTransactionManager transactions, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.passwords = passwords;
        this.opportunities = opportunities;
        this.placements = placements;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The federal categories the cohort has, and how many students each. */
    enum Race {
        HISPANIC(14), ASIAN(11), BLACK(11), PACIFIC_ISLANDER(3), WHITE(11), TWO_OR_MORE(10);

        final int students;

        Race(int students) {
            this.students = students;
        }
    }

    /** What becomes of a placement. */
    enum Outcome {
        WITHDRAWN_BEFORE_REVIEW, REJECTED, AWAITING_REVIEW, APPROVED_NOT_STARTED, ACTIVE, WITHDRAWN_WHILE_ACTIVE,
        AWAITING_SIGN_OFF, COMPLETED
    }

    private record Offer(String title, int employer, String description, String cluster, Stage stage,
                         OpportunityType type, boolean paid, int requiredHours, String goal) {
    }

    /** The opportunities; every title sorts after the demo's own three, which stay on top of the list. */
    private static final List<Offer> OFFERS = List.of(
            new Offer("Shadow a hospital nurse", 0, "Follow a nurse on the ward for an afternoon and ask questions.",
                    "Health Science", Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, 3,
                    "See what a nurse's shift is really like"),
            new Offer("Walk-in mentoring: careers in health", 0,
                    "A Saturday morning with hospital staff about the jobs behind the wards.", "Health Science",
                    Stage.AWARENESS, OpportunityType.MENTORSHIP, false, 3, "Learn which health careers exist"),
            new Offer("Surgical unit internship", 0, "Stock rooms, guide visitors and help the unit's clerks.",
                    "Health Science", Stage.PREPARATION, OpportunityType.INTERNSHIP, true, 24,
                    "Work reliably as part of a care team"),
            new Offer("Shadow a credit union teller", 1, "An afternoon at the counter and in the back office.",
                    "Finance", Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, 3,
                    "Understand how a credit union serves its members"),
            new Offer("Teller internship", 1, "Count cash, help members and learn the rules of the trade.", "Finance",
                    Stage.PREPARATION, OpportunityType.INTERNSHIP, true, 24, "Handle money and members accurately"),
            new Offer("Tech support apprenticeship", 1, "Set up laptops and answer the staff's help-desk tickets.",
                    "Information Technology", Stage.PREPARATION, OpportunityType.APPRENTICESHIP, true, 30,
                    "Solve help-desk tickets on my own"));

    private static final String[] FEMALE_NAMES = {"Aaliyah", "Aiko", "Amara", "Ana", "Bianca", "Camila", "Chloe",
            "Elena", "Emma", "Fatima", "Grace", "Hana", "Imani", "Jada", "Jasmine", "Layla", "Leilani", "Lucia", "Maya",
            "Mei", "Nia", "Olivia", "Priya", "Rosa", "Sofia", "Tessa", "Yara", "Zoe"};
    private static final String[] MALE_NAMES = {"Adrian", "Andre", "Bao", "Caleb", "Daniel", "Darius", "Eli", "Ethan",
            "Gabriel", "Isaiah", "Jalen", "Javier", "Kai", "Keanu", "Liam", "Malik", "Mateo", "Minh", "Noah", "Omar",
            "Rafael", "Ryan", "Tariq", "Victor", "Wyatt", "Xavier", "Yusuf", "Zane"};
    private static final String[] LAST_NAMES = {"Adams", "Baker", "Castillo", "Chen", "Davis", "Diaz", "Evans",
            "Fernandez", "Garcia", "Green", "Hall", "Harris", "Ito", "Jackson", "Johnson", "Kahale", "Kim", "Lee",
            "Lopez", "Martin", "Martinez", "Miller", "Moore", "Nguyen", "Okafor", "Patel", "Perez", "Reed", "Rivera",
            "Robinson", "Santos", "Silva", "Smith", "Tafuna", "Taylor", "Thomas", "Tran", "Walker", "Washington",
            "White", "Williams", "Wilson", "Young"};

    /** A student of the plan, as the roster has them. */
    record PlannedStudent(String username, String name, int school, String grade, LocalDate birthDate, Race race,
                          String sex, boolean lowIncome, boolean englishLearner, boolean disability) {

        String lastName() {
            return name.substring(name.indexOf(' ') + 1);
        }
    }

    /**
     * A placement of the plan and what becomes of it.
     *
     * @param days    the Saturdays worked, each with the minutes of {@code minutes} at the same place
     * @param ratings the supervisor's evaluation, for a placement that gets that far
     */
    record PlannedPlacement(int student, int offer, Outcome outcome, LocalDate start, LocalDate end,
                            List<LocalDate> days, List<Integer> minutes, DurableSkillRatings ratings) {
    }

    record Plan(List<PlannedStudent> students, List<PlannedPlacement> placements) {
    }

    /**
     * What becomes of the applications, from the most likely to finish to the least: the applicants are
     * ranked (see {@link #plan}) and take these in turn.
     */
    private static final List<Outcome> OUTCOMES_BY_RANK = outcomesByRank();

    private static List<Outcome> outcomesByRank() {
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.addAll(Collections.nCopies(24, Outcome.COMPLETED));
        outcomes.addAll(Collections.nCopies(2, Outcome.AWAITING_SIGN_OFF));
        outcomes.addAll(Collections.nCopies(4, Outcome.ACTIVE));
        outcomes.addAll(Collections.nCopies(2, Outcome.AWAITING_REVIEW));
        outcomes.add(Outcome.APPROVED_NOT_STARTED);
        outcomes.addAll(Collections.nCopies(2, Outcome.WITHDRAWN_WHILE_ACTIVE));
        outcomes.addAll(Collections.nCopies(2, Outcome.REJECTED));
        outcomes.add(Outcome.WITHDRAWN_BEFORE_REVIEW);
        return List.copyOf(outcomes);
    }

    /**
     * The whole cohort and its placements, drawn from the seed and dated from {@code today}: the same
     * plan on every machine, whatever the database.
     *
     * <p>Each student gets two chance scores, lowered for English learners and low-income students:
     * the {@value #APPLICANTS} highest first scores apply, and the applicants ranked by the second take
     * {@link #OUTCOMES_BY_RANK} in turn. So the two groups tend to apply and complete less often (the
     * gap the reports are there to show), while who exactly does what is left to chance; with
     * {@link #SEED} they do on all four counts.
     */
    static Plan plan(LocalDate today) {
        return plan(today, SEED);
    }

    static Plan plan(LocalDate today, long seed) {
        Random random = new Random(seed);
        List<PlannedStudent> students = students(random, today);
        int n = students.size();
        double[] applies = new double[n];
        double[] completes = new double[n];
        for (int i = 0; i < n; i++) {
            PlannedStudent s = students.get(i);
            applies[i] = random.nextDouble() - (s.englishLearner() ? 0.3 : 0) - (s.lowIncome() ? 0.2 : 0);
            completes[i] = random.nextDouble() - (s.englishLearner() ? 0.35 : 0) - (s.lowIncome() ? 0.35 : 0);
        }
        List<Integer> applicants = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -applies[i])).limit(APPLICANTS)
                .sorted(Comparator.comparingDouble((Integer i) -> -completes[i])).toList();
        Outcome[] outcomes = new Outcome[n];
        for (int rank = 0; rank < applicants.size(); rank++) {
            outcomes[applicants.get(rank)] = OUTCOMES_BY_RANK.get(rank);
        }

        List<PlannedPlacement> placements = new ArrayList<>();
        int twice = 0;
        for (int i = 0; i < n; i++) {
            Outcome outcome = outcomes[i];
            if (outcome == null) {
                continue;
            }
            if (outcome == Outcome.COMPLETED && twice < 6 && random.nextBoolean()) {
                // growth: an exploration finished six to eight weeks ago, then a preparation finished lately
                twice++;
                DurableSkillRatings before = ratings(random, 2);
                placements.add(placement(random, today, i, random.nextBoolean() ? 0 : 3, Outcome.COMPLETED,
                        today.minusDays(42 + random.nextInt(14)), before));
                placements.add(placement(random, today, i, PREPARATION[random.nextInt(PREPARATION.length)],
                        Outcome.COMPLETED, today.minusDays(1 + random.nextInt(7)), better(random, before)));
            } else {
                int offer = random.nextInt(OFFERS.size());
                placements.add(placement(random, today, i, offer, outcome, today.minusDays(1 + random.nextInt(20)),
                        ratings(random, OFFERS.get(offer).stage() == Stage.PREPARATION ? 3 : 2)));
            }
        }
        return new Plan(students, placements);
    }

    /** The offers at the preparation stage, for a second placement. */
    private static final int[] PREPARATION = {2, 4, 5};

    private static List<PlannedStudent> students(Random random, LocalDate today) {
        List<Race> races = new ArrayList<>();
        for (Race r : Race.values()) {
            races.addAll(Collections.nCopies(r.students, r));
        }
        Collections.shuffle(races, random);
        int n = races.size();
        boolean[] lowIncome = exactly(24, n, random);
        boolean[] englishLearner = exactly(12, n, random);
        boolean[] disability = exactly(10, n, random);
        List<String> female = names(FEMALE_NAMES, n / 2, random);
        List<String> male = names(MALE_NAMES, n - n / 2, random);
        List<PlannedStudent> students = new ArrayList<>();
        int[] perSchool = new int[2];
        for (int i = 0; i < n; i++) {
            int school = i % 15 < 8 ? 0 : 1;                    // 32 and 28
            int grade = 9 + i % 4;
            int age = grade <= 10 ? 16 : grade == 11 ? 17 : 18;
            // at least 90 days past the birthday: this old on every placement's first day
            LocalDate birthDate = today.minusYears(age).minusDays(90 + random.nextInt(240));
            String username = (school == 0 ? "mvhs" : "crhs") + "-student-%02d".formatted(++perSchool[school]);
            String name = i % 2 == 0 ? female.get(i / 2) : male.get(i / 2);
            students.add(new PlannedStudent(username, name, school, "%02d".formatted(grade), birthDate, races.get(i),
                    i % 2 == 0 ? "female" : "male", lowIncome[i], englishLearner[i], disability[i]));
        }
        return students;
    }

    /** {@code count} of {@code n} flags set, at seeded places. */
    private static boolean[] exactly(int count, int n, Random random) {
        List<Boolean> flags = new ArrayList<>(Collections.nCopies(n, false));
        for (int i = 0; i < count; i++) {
            flags.set(i, true);
        }
        Collections.shuffle(flags, random);
        boolean[] result = new boolean[n];
        for (int i = 0; i < n; i++) {
            result[i] = flags.get(i);
        }
        return result;
    }

    /** {@code n} different names, first names from {@code firstNames}. */
    private static List<String> names(String[] firstNames, int n, Random random) {
        List<String> all = new ArrayList<>();
        for (String first : firstNames) {
            for (String last : LAST_NAMES) {
                all.add(first + " " + last);
            }
        }
        Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, n));
    }

    /**
     * When: a finished placement's Saturdays end by {@code lastDay}; an ongoing one began one to three
     * weeks ago; one not under way starts in the next two weeks.
     */
    private static PlannedPlacement placement(Random random, LocalDate today, int student, int offer, Outcome outcome,
                                              LocalDate lastDay, DurableSkillRatings ratings) {
        List<Integer> minutes = shifts(OFFERS.get(offer).requiredHours() * 60);
        return switch (outcome) {
            case COMPLETED, AWAITING_SIGN_OFF -> {
                List<LocalDate> days = saturdaysUpTo(lastDay, minutes.size());
                yield new PlannedPlacement(student, offer, outcome, days.get(0), days.get(days.size() - 1), days,
                        minutes, ratings);
            }
            case ACTIVE, WITHDRAWN_WHILE_ACTIVE -> {
                LocalDate start = today.minusDays(7 + random.nextInt(15));
                List<LocalDate> days = saturdaysBetween(start, today.minusDays(1), minutes.size() - 1);
                yield new PlannedPlacement(student, offer, outcome, start, today.plusDays(21 + random.nextInt(28)), days,
                        List.copyOf(minutes.subList(0, days.size())), ratings);
            }
            default -> {
                LocalDate start = today.plusDays(3 + random.nextInt(14));
                yield new PlannedPlacement(student, offer, outcome, start, start.plusDays(27), List.of(), List.of(),
                        ratings);
            }
        };
    }

    /** The required minutes as Saturday shifts of at most {@value #MINUTES_PER_SHIFT} minutes. */
    private static List<Integer> shifts(int minutes) {
        List<Integer> shifts = new ArrayList<>();
        for (int left = minutes; left > 0; left -= MINUTES_PER_SHIFT) {
            shifts.add(Math.min(left, MINUTES_PER_SHIFT));
        }
        return shifts;
    }

    /** The {@code n} Saturdays up to {@code last}, oldest first. */
    private static List<LocalDate> saturdaysUpTo(LocalDate last, int n) {
        LocalDate saturday = last.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        List<LocalDate> days = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            days.add(saturday.minusWeeks(i));
        }
        return days;
    }

    /** Up to {@code max} Saturdays from {@code first} to {@code last}. */
    private static List<LocalDate> saturdaysBetween(LocalDate first, LocalDate last, int max) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
             !d.isAfter(last) && days.size() < max; d = d.plusWeeks(1)) {
            days.add(d);
        }
        return days;
    }

    /** Six ratings around {@code level} (1 to 4). */
    private static DurableSkillRatings ratings(Random random, int level) {
        int[] r = new int[6];
        for (int i = 0; i < 6; i++) {
            r[i] = Math.max(1, Math.min(4, level + random.nextInt(3) - 1));
        }
        return new DurableSkillRatings(r[0], r[1], r[2], r[3], r[4], r[5]);
    }

    /** The same skills a placement later: most a level up, none down. */
    private static DurableSkillRatings better(Random random, DurableSkillRatings before) {
        int[] b = {before.criticalThinking(), before.collaboration(), before.communication(), before.creativity(),
                before.growthMindset(), before.professionalism()};
        int[] r = new int[6];
        for (int i = 0; i < 6; i++) {
            r[i] = Math.min(4, b[i] + (random.nextInt(3) == 0 ? 0 : 1));
        }
        return new DurableSkillRatings(r[0], r[1], r[2], r[3], r[4], r[5]);
    }

    // --- loading ---------------------------------------------------------------------------------

    /**
     * A cohort the rules refuse (a deployment's own limits, say) is rolled back and logged, and the
     * demo starts without it: the demo's own users do not need it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            load();
        } catch (RuleViolation refused) {
            // the code only: the sentence may carry a (made-up) student's age or dates
            log.warn("PW-DEMO-004 the demo cohort was not loaded, nothing of it was kept: a rule refused it ({})",
                    refused.code());
        }
    }

    /**
     * Loads the cohort in one transaction, unless its district exists.
     *
     * @return whether anything was loaded
     */
    boolean load() {
        return Boolean.TRUE.equals(transactions.execute(status -> loadNow()));
    }

    private boolean loadNow() {
        if (people.findOrganizationByName(DISTRICT, Organization.Kind.DISTRICT).isPresent()) {
            log.info("PW-DEMO-003 demo cohort already loaded");
            return false;
        }
        long started = System.nanoTime();
        Plan plan = plan(LocalDate.now(clock));
        Organization district = people.addOrganization(DISTRICT, Organization.Kind.DISTRICT);
        List<Organization> schools = List.of(
                people.addOrganization("Maple Valley High School", Organization.Kind.SCHOOL, district.id()),
                people.addOrganization("Cedar Ridge High School", Organization.Kind.SCHOOL, district.id()));
        List<Organization> employers = List.of(people.addOrganization("Maple Valley Hospital", Organization.Kind.EMPLOYER),
                people.addOrganization("Summit Credit Union", Organization.Kind.EMPLOYER));

        Person coordinator = people.addPerson(COORDINATOR, "Dana District", null, Role.COORDINATOR, null, district.id(), null);
        List<Person> supervisorPeople = List.of(
                people.addPerson("supervisor3", "Morgan Supervisor", null, Role.SUPERVISOR, null, null, employers.get(0).id()),
                people.addPerson("supervisor4", "Quinn Supervisor", null, Role.SUPERVISOR, null, null, employers.get(1).id()));
        String hash = passwords.encode(DEMO_PASSWORD);
        accounts.create(coordinator.id(), hash);
        supervisorPeople.forEach(p -> accounts.create(p.id(), hash));
        Actor districtCoordinator = actor(coordinator);
        List<Actor> supervisors = supervisorPeople.stream().map(DemoCohort::actor).toList();

        List<String> offers = new ArrayList<>();
        for (Offer o : OFFERS) {
            offers.add(opportunities.publish(districtCoordinator, new OpportunityService.NewOpportunity(o.title(),
                    employers.get(o.employer()).id(), o.description(), o.cluster(), o.stage(), o.type(), o.paid(), 40, 16,
                    supervisors.get(o.employer()).personId(), o.requiredHours())));
        }
        List<Actor> students = new ArrayList<>();
        for (PlannedStudent s : plan.students()) {
            Person p = people.addPerson(s.username(), s.name(), null, Role.STUDENT, s.birthDate(),
                    schools.get(s.school()).id(), null);
            jdbc.sql("update person set grades = ? where person_id = ?").params(s.grade(), p.id()).update();
            demographics(p.id(), s, students.size());
            students.add(actor(p));
        }
        for (PlannedPlacement p : plan.placements()) {
            play(p, plan.students().get(p.student()), students.get(p.student()), offers.get(p.offer()),
                    supervisors.get(OFFERS.get(p.offer()).employer()), districtCoordinator);
        }
        fillTheSeats(districtCoordinator, offers);

        log.info("PW-DEMO-002 demo cohort loaded in {} ms: {} students, {} placements, {} opportunities "
                        + "(sign in as {}, password {})", (System.nanoTime() - started) / 1_000_000, students.size(),
                plan.placements().size(), OFFERS.size(), COORDINATOR, DEMO_PASSWORD);
        return true;
    }

    /** A roster's demographics row: every flag reported; half the Hispanic students with a race too. */
    private void demographics(String personId, PlannedStudent s, int i) {
        Race race = s.race();
        boolean americanIndian = false;
        boolean asian = race == Race.ASIAN;
        boolean black = race == Race.BLACK;
        boolean white = race == Race.WHITE || (race == Race.HISPANIC && i % 2 == 0);
        if (race == Race.TWO_OR_MORE) {
            white = true;
            switch (i % 3) {
                case 0 -> black = true;
                case 1 -> asian = true;
                default -> americanIndian = true;
            }
        }
        jdbc.sql("""
                        insert into demographics (person_id, sex, american_indian_or_alaska_native, asian,
                            black_or_african_american, native_hawaiian_or_other_pacific_islander, white, two_or_more_races,
                            hispanic_or_latino, low_income, english_learner, disability)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, s.sex(), americanIndian, asian, black, race == Race.PACIFIC_ISLANDER, white,
                        race == Race.TWO_OR_MORE, race == Race.HISPANIC, s.lowIncome(), s.englishLearner(), s.disability())
                .update();
    }

    /** One placement, played through {@link PlacementService} as its people would. */
    private void play(PlannedPlacement p, PlannedStudent who, Actor student, String opportunity, Actor supervisor,
                      Actor district) {
        Offer offer = OFFERS.get(p.offer());
        String id = placements.apply(student, opportunity, List.of(offer.goal()), p.start(), p.end());
        switch (p.outcome()) {
            case WITHDRAWN_BEFORE_REVIEW -> {
                placements.withdraw(student, id, "I took a part-time job instead.");
                return;
            }
            case REJECTED -> {
                placements.reject(district, id, "The employer needs students who are free on Saturdays."
                        + " Come and see me to find one that fits your timetable.");
                return;
            }
            case AWAITING_REVIEW -> {
                return;                                          // the coordinator's to-do
            }
            default -> {
            }
        }
        placements.approve(district, id, null, null, null);
        if (p.outcome() == Outcome.APPROVED_NOT_STARTED) {
            return;                                              // waits for its first day (and a guardian)
        }
        if (people.ageOn(student.personId(), p.start()) < 18) {
            LocalDate today = placements.today();
            LocalDate consented = p.start().minusDays(5).isAfter(today) ? today : p.start().minusDays(5);
            placements.recordGuardianConsent(district, id, "Sam " + who.lastName(), "parent", consented);
        }
        placements.start(supervisor, id);
        for (int i = 0; i < p.days().size(); i++) {
            placements.logHours(supervisor, id, p.days().get(i), p.minutes().get(i), "Saturday shift with the team");
        }
        if (p.outcome() == Outcome.ACTIVE) {
            return;
        }
        if (p.outcome() == Outcome.WITHDRAWN_WHILE_ACTIVE) {
            placements.withdraw(student, id, "My family is moving away.");
            return;
        }
        String reflection = placements.submitReflection(student, id,
                "I learned to ask for help early, to be on time every Saturday, and what this work is really like.", true);
        placements.end(supervisor, id);
        placements.submitEvaluation(supervisor, id, p.ratings(), null);
        if (p.outcome() == Outcome.AWAITING_SIGN_OFF) {
            return;                                              // the coordinator's to-do: review and sign off
        }
        placements.acceptReflection(district, id, reflection, null);
        placements.complete(district, id, "Well done.");
    }

    /** Each opportunity keeps only the seats its placements hold: nobody else can apply for it. */
    private void fillTheSeats(Actor district, List<String> offers) {
        for (String id : offers) {
            OpportunityView o = opportunities.get(district, id);
            int taken = o.seats() - o.seatsLeft();
            if (taken == 0) {
                throw new IllegalStateException("PW-DEMO-005 the demo cohort left opportunity " + id + " without a"
                        + " placement; its seats cannot all be taken");
            }
            opportunities.revise(district, id, new OpportunityService.Revision(o.title(), o.description(),
                    o.careerCluster(), o.stage(), o.type(), o.paid(), taken, o.minimumAge(), o.supervisorId(),
                    o.requiredHours()));
        }
    }

    private static Actor actor(Person p) {
        return new Actor(p.id(), p.role(), Source.IMPORT);
    }
}
