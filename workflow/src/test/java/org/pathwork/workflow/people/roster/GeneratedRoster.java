package org.pathwork.workflow.people.roster;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A district's OneRoster 1.2 bulk bundle of any size, as a student information system exports it:
 * one district, {@value #SCHOOLS} high schools, students aged 14 to 19 with one guardian each (named
 * in both users' agentSourcedIds, the guardian's role sometimes "parent"), demographics for every
 * student, and one teacher per {@value #STUDENTS_PER_TEACHER} students (rows the import skips). Names
 * come from several scripts, some with commas and quotes that CSV must quote. Usernames are plain,
 * e-mail addresses or blank, as exports mix them.
 *
 * <p>Deterministic: student {@code i} is drawn from a generator seeded with {@code i} alone, so the
 * same tag, size and day give the same bytes, and a test can ask for {@link #student(int)} to know
 * what the import should have made of them. The tag goes into every sourcedId, username and
 * organization name, so that several bundles can share one database. {@link #writeTo(Path)}
 * streams each file into the zip row by row, in the same small memory for any size.
 */
public final class GeneratedRoster {

    public static final int SCHOOLS = 20;
    public static final int STUDENTS_PER_TEACHER = 25;

    /** A student's row in users.csv and demographics.csv; a null race list means race was not reported. */
    public record Student(String sourcedId, String username, String givenName, String familyName,
                          String preferredGivenName, String email, String grade, int school, LocalDate birthDate,
                          String sex, List<String> races, Boolean hispanicOrLatino, Boolean lowIncome,
                          Boolean englishLearner, Boolean disability, Guardian guardian) {

        /** As the import names them: the preferred given name when there is one. */
        public String displayName() {
            return (preferredGivenName != null ? preferredGivenName : givenName) + " " + familyName;
        }

        public boolean isMinorOn(LocalDate day) {
            return birthDate.plusYears(18).isAfter(day);
        }
    }

    /** OneRoster's role for them is "guardian" or "parent"; Pathwork makes both a guardian. */
    public record Guardian(String sourcedId, String givenName, String familyName, String email, String role) {

        public String displayName() {
            return givenName + " " + familyName;
        }
    }

    /** The race columns of demographics.csv, in their order. */
    public static final List<String> RACES = List.of("americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican",
            "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces");

    private static final String[] GIVEN = {"Ana", "Ben", "Chloé", "Dmitri", "Emma", "Fatima", "Gabriel", "Hana",
            "Isabella", "Jamal", "Kai", "Liam", "Mía", "Noah", "Olivia", "Priya", "Quinn", "Rafael", "Sofia", "Tyrone",
            "Zoë", "明", "美咲", "Владимир", "Анна", "محمد", "Ngọc", "Søren", "Łucja", "Ólafur", "José", "Nguyễn Văn"};
    private static final String[] FAMILY = {"Smith", "Johnson", "García", "Nguyễn", "Kim", "Patel", "Müller",
            "Okafor", "Rossi", "Cohen", "Novák", "Hernández", "Brown", "Wilson", "Martinez", "Anderson", "Taylor",
            "Thomas", "Lee", "White", "李", "王", "Иванов", "Петрова", "الحسيني", "O'Brien", "D'Angelo",
            "de la Cruz", "Smith-Jones", "Öztürk", "Kowalczyk", "Þórsdóttir"};
    /** Family names that CSV must quote: commas, and quotes doubled inside. */
    private static final String[] QUOTED_FAMILY = {"O'Brien, Jr.", "King, III", "Lopez, \"Lupe\"",
            "Washington, Sr.", "\"Doc\" Holliday"};
    private static final String[] SCHOOL_NAMES = {"Lincoln", "Roosevelt", "Jefferson", "Riverside", "Lakeview",
            "Hillcrest", "Oak Grove", "Westfield", "Eastside", "Northgate", "Cesar Chavez", "Maple Valley",
            "Sunnyside", "Harbor", "Pine Ridge", "Mountain View", "Central", "Franklin", "Kennedy", "Del Norte"};
    private static final String[] GRADES = {"09", "10", "11", "12"};
    private static final LocalDateTime EXPORTED = LocalDateTime.of(2026, 8, 15, 6, 0);
    private static final String MODIFIED = EXPORTED + ":00.000Z";

    private final String tag;
    private final int students;
    private final LocalDate today;

    private GeneratedRoster(String tag, int students, LocalDate today) {
        this.tag = tag;
        this.students = students;
        this.today = today;
    }

    /**
     * A bundle of that many students, aged as on {@code today} (the day the import checks birth
     * dates against): about two thirds minors.
     */
    public static GeneratedRoster of(String tag, int students, LocalDate today) {
        return new GeneratedRoster(tag, students, today);
    }

    public int students() {
        return students;
    }

    public int guardians() {
        return students;
    }

    public int teachers() {
        return Math.max(1, students / STUDENTS_PER_TEACHER);
    }

    /** The district and its schools. */
    public int organizations() {
        return 1 + SCHOOLS;
    }

    public String districtSourcedId() {
        return "dis-" + tag;
    }

    public String districtName() {
        return "Unified School District " + tag;
    }

    public String schoolSourcedId(int school) {
        return "sch-" + tag + "-" + school;
    }

    public String schoolName(int school) {
        return SCHOOL_NAMES[school % SCHOOL_NAMES.length] + " High School " + (school / SCHOOL_NAMES.length + 1)
                + " " + tag;
    }

    /** Student {@code i} (0-based) and their guardian, as the bundle gives them. */
    public Student student(int i) {
        // SplittableRandom mixes its seed: java.util.Random's first draws for seeds 0, 1, 2... are alike
        SplittableRandom r = new SplittableRandom(i);
        String id = "stu-" + tag + "-" + i;
        String given = pick(r, GIVEN);
        String family = r.nextInt(40) == 0 ? pick(r, QUOTED_FAMILY) : pick(r, FAMILY);
        String preferred = r.nextInt(30) == 0 ? pick(r, GIVEN) : null;
        String plain = "st" + i + "." + tag;
        int kind = r.nextInt(10);
        String username = kind < 7 ? plain : kind < 9 ? plain + "@students.example.org" : null;
        String email = kind < 9 ? plain + "@students.example.org" : null;
        int age = 14 + r.nextInt(6);
        LocalDate birthDate = today.minusYears(age).minusDays(1 + r.nextInt(364));
        String grade = GRADES[Math.min(GRADES.length - 1, Math.max(0, age - 14))];
        int sexRoll = r.nextInt(100);
        String sex = sexRoll < 49 ? "female" : sexRoll < 97 ? "male" : sexRoll < 99 ? "unspecified" : "other";
        List<String> races = null;
        if (r.nextInt(20) != 0) {
            races = new ArrayList<>();
            races.add(RACES.get(r.nextInt(5)));
            if (r.nextInt(12) == 0) {
                races.add(RACES.get(5));
            }
        }
        Boolean hispanic = r.nextInt(20) == 0 ? null : r.nextInt(4) == 0;
        Boolean lowIncome = r.nextInt(10) == 0 ? null : r.nextInt(5) < 2;
        Boolean englishLearner = r.nextInt(10) == 0 ? null : r.nextInt(8) == 0;
        Boolean disability = r.nextInt(10) == 0 ? null : r.nextInt(7) == 0;
        String guardianFamily = r.nextInt(4) == 0 ? pick(r, FAMILY) : family;
        Guardian guardian = new Guardian("gua-" + tag + "-" + i, pick(r, GIVEN), guardianFamily,
                "guardian" + i + "." + tag + "@example.org", r.nextInt(3) == 0 ? "parent" : "guardian");
        return new Student(id, username, given, family, preferred, email, grade, i % SCHOOLS, birthDate, sex, races,
                hispanic, lowIncome, englishLearner, disability, guardian);
    }

    public String teacherSourcedId(int t) {
        return "tea-" + tag + "-" + t;
    }

    /** Writes the bundle, one row at a time, to a zip file (replaced if it exists). */
    public GeneratedRoster writeTo(Path zipFile) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(zipFile), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            entry(zip, "manifest.csv", w -> {
                w.row("propertyName", "value");
                w.row("manifest.version", "1.0");
                w.row("oneroster.version", "1.2");
                w.row("source.systemName", "Generated SIS");
                for (String f : new String[] {"orgs", "users", "roles", "demographics"}) {
                    w.row("file." + f, "bulk");
                }
                for (String f : new String[] {"academicSessions", "categories", "classes", "classResources",
                        "courses", "courseResources", "enrollments", "lineItems", "resources", "results"}) {
                    w.row("file." + f, "absent");
                }
            });
            entry(zip, "orgs.csv", this::orgs);
            entry(zip, "users.csv", this::users);
            entry(zip, "roles.csv", this::roles);
            entry(zip, "demographics.csv", this::demographics);
        }
        return this;
    }

    private void orgs(Csv w) throws IOException {
        w.row("sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId");
        w.row(districtSourcedId(), "active", MODIFIED, districtName(), "district", "0600001", null);
        for (int s = 0; s < SCHOOLS; s++) {
            w.row(schoolSourcedId(s), "active", MODIFIED, schoolName(s), "school", String.valueOf(60000100 + s),
                    districtSourcedId());
        }
    }

    private static final String[] USER_COLUMNS = {"sourcedId", "status", "dateLastModified", "enabledUser",
            "username", "userIds", "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone",
            "agentSourcedIds", "grades", "password", "userMasterIdentifier", "resourceSourcedIds",
            "preferredGivenName", "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns"};

    /** Students each followed by their guardian; a teacher after every {@value #STUDENTS_PER_TEACHER} students. */
    private void users(Csv w) throws IOException {
        w.row(USER_COLUMNS);
        int teachersWritten = 0;
        for (int i = 0; i < students; i++) {
            Student s = student(i);
            Guardian g = s.guardian();
            w.row(s.sourcedId(), "active", MODIFIED, "true", s.username(), "{SIS:" + (100000 + i) + "}",
                    s.givenName(), s.familyName(), null, String.valueOf(100000 + i), s.email(), null, null,
                    g.sourcedId(), s.grade(), null, null, null, s.preferredGivenName(), null, null,
                    schoolSourcedId(s.school()), null);
            w.row(g.sourcedId(), "active", MODIFIED, "true", null, null, g.givenName(), g.familyName(), null, null,
                    g.email(), null, String.format("+1555%07d", i), s.sourcedId(), null, null, null, null, null,
                    null, null, null, null);
            if (i % STUDENTS_PER_TEACHER == STUDENTS_PER_TEACHER - 1) {
                teacher(w, teachersWritten++);
            }
        }
        while (teachersWritten < teachers()) {
            teacher(w, teachersWritten++);
        }
    }

    private void teacher(Csv w, int t) throws IOException {
        SplittableRandom r = new SplittableRandom(-1 - t);
        String username = "te" + t + "." + tag;
        w.row(teacherSourcedId(t), "active", MODIFIED, "true", username, null, pick(r, GIVEN), pick(r, FAMILY), null,
                null, username + "@example.org", null, null, null, "09,10,11,12", null, null, null, null, null, null,
                schoolSourcedId(t % SCHOOLS), null);
    }

    private void roles(Csv w) throws IOException {
        w.row("sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate",
                "orgSourcedId", "userProfileSourcedId");
        String begin = today.getYear() - 1 + "-08-15";
        String end = today.getYear() + 1 + "-06-15";
        for (int i = 0; i < students; i++) {
            Student s = student(i);
            String school = schoolSourcedId(s.school());
            w.row("rs-" + tag + "-" + i, "active", MODIFIED, s.sourcedId(), "primary", "student", begin, end, school,
                    null);
            w.row("rg-" + tag + "-" + i, "active", MODIFIED, s.guardian().sourcedId(), "primary",
                    s.guardian().role(), begin, end, school, null);
        }
        for (int t = 0; t < teachers(); t++) {
            w.row("rt-" + tag + "-" + t, "active", MODIFIED, teacherSourcedId(t), "primary", "teacher", begin, end,
                    schoolSourcedId(t % SCHOOLS), null);
        }
    }

    private void demographics(Csv w) throws IOException {
        List<String> header = new ArrayList<>(List.of("sourcedId", "status", "dateLastModified", "birthDate", "sex"));
        header.addAll(RACES);
        header.addAll(List.of("hispanicOrLatinoEthnicity", "countryOfBirthCode", "stateOfBirthAbbreviation",
                "cityOfBirth", "publicSchoolResidenceStatus", "metadata.lowIncome", "metadata.englishLearner",
                "metadata.disability"));
        w.row(header.toArray(String[]::new));
        for (int i = 0; i < students; i++) {
            Student s = student(i);
            String[] row = new String[header.size()];
            row[0] = s.sourcedId();
            row[1] = "active";
            row[2] = MODIFIED;
            row[3] = s.birthDate().toString();
            row[4] = s.sex();
            for (int k = 0; k < RACES.size(); k++) {
                row[5 + k] = s.races() == null ? null : String.valueOf(s.races().contains(RACES.get(k)));
            }
            row[11] = text(s.hispanicOrLatino());
            row[12] = "US";
            row[13] = "CA";
            row[14] = null;
            row[15] = "01652";
            row[16] = text(s.lowIncome());
            row[17] = text(s.englishLearner());
            row[18] = text(s.disability());
            w.row(row);
        }
    }

    private static String text(Boolean b) {
        return b == null ? null : b.toString();
    }

    private static String pick(SplittableRandom r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private interface Rows {
        void write(Csv csv) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, Rows rows) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // the export's time, not the clock's: the same bundle is the same bytes
        entry.setTimeLocal(EXPORTED);
        zip.putNextEntry(entry);
        // not closed: closing it would close the zip
        Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        rows.write(new Csv(out));
        out.flush();
        zip.closeEntry();
    }

    /** RFC 4180 rows with CRLF endings; a null is an empty value. */
    private static final class Csv {
        private final Writer out;

        Csv(Writer out) {
            this.out = out;
        }

        void row(String... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                String v = values[i];
                if (v == null) {
                    continue;
                }
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(v.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(v);
                }
            }
            out.write("\r\n");
        }
    }
}
