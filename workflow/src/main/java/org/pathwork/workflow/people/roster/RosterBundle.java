package org.pathwork.workflow.people.roster;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The rows of a OneRoster 1.2 bulk CSV bundle that Pathwork uses, read from a zip as it streams
 * (the zip itself is never held in memory) and checked one row at a time: types, required values,
 * duplicate sourcedIds. What rows say about each other and about the directory is checked by
 * {@link RosterImport}. Every error is collected; reading goes on after one.
 */
final class RosterBundle {

    static final String MANIFEST = "manifest.csv";
    static final String ORGS = "orgs.csv";
    static final String USERS = "users.csv";
    static final String ROLES = "roles.csv";
    static final String DEMOGRAPHICS = "demographics.csv";
    static final String UPLOAD = "(upload)";

    record Org(int line, String sourcedId, boolean active, String name, String type, String parentSourcedId) {
    }

    record User(int line, String sourcedId, boolean active, boolean enabled, String username, String givenName,
                String familyName, String email, List<String> agentSourcedIds, String grades,
                String primaryOrgSourcedId) {

        String displayName() {
            return givenName + " " + familyName;
        }
    }

    record Role(int line, String userSourcedId, boolean primary, String role, String orgSourcedId) {
    }

    /** A student's demographics; a null is "not reported". */
    record Demographics(int line, String sourcedId, LocalDate birthDate, String sex, Boolean americanIndianOrAlaskaNative,
                        Boolean asian, Boolean blackOrAfricanAmerican, Boolean nativeHawaiianOrOtherPacificIslander,
                        Boolean white, Boolean twoOrMoreRaces, Boolean hispanicOrLatino, Boolean lowIncome,
                        Boolean englishLearner, Boolean disability) {
    }

    final Map<String, String> manifest = new HashMap<>();
    final Set<String> present = new TreeSet<>();
    final Set<String> ignoredFiles = new TreeSet<>();
    final Map<String, Org> orgs = new LinkedHashMap<>();
    final Map<String, User> users = new LinkedHashMap<>();
    final List<Role> roles = new ArrayList<>();
    final Map<String, Demographics> demographics = new HashMap<>();
    final List<RosterError> errors = new ArrayList<>();
    private final LocalDate today;

    private RosterBundle(LocalDate today) {
        this.today = today;
    }

    private static final List<String> ORG_COLUMNS = List.of("sourcedId", "name", "type");
    private static final List<String> USER_COLUMNS = List.of("sourcedId", "enabledUser", "username", "givenName",
            "familyName");
    private static final List<String> ROLE_COLUMNS = List.of("sourcedId", "userSourcedId", "roleType", "role",
            "orgSourcedId");
    private static final List<String> DEMOGRAPHIC_COLUMNS = List.of("sourcedId");
    private static final List<String> MANIFEST_COLUMNS = List.of("propertyName", "value");
    private static final Set<String> SEXES = Set.of("male", "female", "unspecified", "other");
    /** Beyond this many entries a zip is not a roster. */
    private static final int MAX_ENTRIES = 200;

    /**
     * Reads the bundle.
     *
     * @param maxFileBytes the most a single file may hold uncompressed: what a zip bomb would exceed
     */
    static RosterBundle read(InputStream zip, long maxFileBytes, LocalDate today) {
        RosterBundle bundle = new RosterBundle(today);
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    bundle.errors.add(RosterError.ofFile(UPLOAD, "The zip holds more than " + MAX_ENTRIES + " files."));
                    return bundle;
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!bundle.present.add(name)) {
                    bundle.errors.add(RosterError.ofFile(name, "The zip holds two files called " + name + "."));
                    continue;
                }
                try {
                    bundle.readFile(name, new Limited(in, maxFileBytes));
                } catch (CsvTable.SizeLimitExceeded e) {
                    bundle.errors.add(RosterError.ofFile(name, "The file is larger than " + maxFileBytes / (1024 * 1024)
                            + " MB uncompressed; nothing after it was read."));
                    return bundle;
                }
            }
        } catch (ZipException e) {
            bundle.errors.add(RosterError.ofFile(UPLOAD, "The upload is not a readable zip archive."));
            return bundle;
        } catch (IOException e) {
            bundle.errors.add(RosterError.ofFile(UPLOAD, "The upload could not be read to its end."));
            return bundle;
        }
        if (entries == 0) {
            bundle.errors.add(RosterError.ofFile(UPLOAD, "The upload is not a zip archive, or the archive is empty."));
        }
        return bundle;
    }

    private void readFile(String name, InputStream in) {
        switch (name) {
            case MANIFEST -> CsvTable.read(name, in, MANIFEST_COLUMNS, this::manifest, errors);
            case ORGS -> CsvTable.read(name, in, ORG_COLUMNS, this::org, errors);
            case USERS -> CsvTable.read(name, in, USER_COLUMNS, this::user, errors);
            case ROLES -> CsvTable.read(name, in, ROLE_COLUMNS, this::role, errors);
            case DEMOGRAPHICS -> CsvTable.read(name, in, DEMOGRAPHIC_COLUMNS, this::demographics, errors);
            default -> ignoredFiles.add(name);
        }
    }

    private void manifest(CsvTable.Row row) {
        String property = row.get("propertyName");
        if (property != null) {
            manifest.put(property, row.get("value") == null ? "" : row.get("value"));
        }
    }

    private void org(CsvTable.Row row) {
        String id = sourcedId(row, "sourcedId");
        String name = text(row, "name", true, 200);
        String type = text(row, "type", true, 100);
        Boolean active = status(row);
        if (id != null && orgs.containsKey(id)) {
            errors.add(row.error("sourcedId", "The sourcedId " + id + " appears twice (first on line "
                    + orgs.get(id).line() + ")."));
            return;
        }
        if (id != null && name != null && type != null && active != null) {
            orgs.put(id, new Org(row.line(), id, active, name, type, sourcedIdOptional(row, "parentSourcedId")));
        }
    }

    private void user(CsvTable.Row row) {
        String id = sourcedId(row, "sourcedId");
        Boolean active = status(row);
        Boolean enabled = bool(row, "enabledUser", true);
        String username = text(row, "username", false, 320);
        String given = text(row, "givenName", true, 100);
        String family = text(row, "familyName", true, 100);
        String preferredGiven = text(row, "preferredGivenName", false, 100);
        String preferredFamily = text(row, "preferredFamilyName", false, 100);
        String email = text(row, "email", false, 320);
        if (email != null && !org.pathwork.workflow.people.UserAdministration.isEmail(email)) {
            errors.add(row.error("email", "The e-mail address " + email + " is not valid."));
            email = null;
        }
        String grades = text(row, "grades", false, 100);
        String agents = row.get("agentSourcedIds");
        if (id != null && users.containsKey(id)) {
            errors.add(row.error("sourcedId", "The sourcedId " + id + " appears twice (first on line "
                    + users.get(id).line() + ")."));
            return;
        }
        if (id != null && active != null && enabled != null && given != null && family != null) {
            users.put(id, new User(row.line(), id, active, enabled, username,
                    preferredGiven != null ? preferredGiven : given, preferredFamily != null ? preferredFamily : family,
                    email, list(agents), grades, sourcedIdOptional(row, "primaryOrgSourcedId")));
        }
    }

    private void role(CsvTable.Row row) {
        sourcedId(row, "sourcedId");
        String user = sourcedId(row, "userSourcedId");
        String org = sourcedId(row, "orgSourcedId");
        String role = text(row, "role", true, 100);
        String roleType = text(row, "roleType", true, 20);
        Boolean active = status(row);
        if (roleType != null && !roleType.equals("primary") && !roleType.equals("secondary")) {
            errors.add(row.error("roleType", "The roleType must be primary or secondary, not " + roleType + "."));
            return;
        }
        if (user != null && org != null && role != null && roleType != null && Boolean.TRUE.equals(active)) {
            roles.add(new Role(row.line(), user, roleType.equals("primary"), role, org));
        }
    }

    private void demographics(CsvTable.Row row) {
        String id = sourcedId(row, "sourcedId");
        Boolean active = status(row);
        LocalDate birthDate = null;
        String b = row.get("birthDate");
        if (b != null) {
            try {
                birthDate = LocalDate.parse(b);
                if (!birthDate.isBefore(today)) {
                    errors.add(row.error("birthDate", "The birth date " + b + " is not in the past."));
                }
            } catch (DateTimeParseException e) {
                errors.add(row.error("birthDate", "The birth date " + b + " is not a date like 2010-04-30."));
            }
        }
        String sex = row.get("sex");
        if (sex != null && !SEXES.contains(sex)) {
            errors.add(row.error("sex", "The sex must be male, female, unspecified or other, not " + sex + "."));
        }
        Demographics d = new Demographics(row.line(), id, birthDate, sex,
                bool(row, "americanIndianOrAlaskaNative", false), bool(row, "asian", false),
                bool(row, "blackOrAfricanAmerican", false), bool(row, "nativeHawaiianOrOtherPacificIslander", false),
                bool(row, "white", false), bool(row, "demographicRaceTwoOrMoreRaces", false),
                bool(row, "hispanicOrLatinoEthnicity", false), bool(row, "metadata.lowIncome", false),
                bool(row, "metadata.englishLearner", false), bool(row, "metadata.disability", false));
        if (id != null && demographics.containsKey(id)) {
            errors.add(row.error("sourcedId", "The sourcedId " + id + " appears twice (first on line "
                    + demographics.get(id).line() + ")."));
            return;
        }
        if (id != null && Boolean.TRUE.equals(active)) {
            demographics.put(id, d);
        }
    }

    // --- values ----------------------------------------------------------------------------------

    /** Blank status is allowed in bulk files; tobedeleted means the record is gone from the source system. */
    private Boolean status(CsvTable.Row row) {
        String s = row.get("status");
        if (s == null || s.equals("active")) {
            return true;
        }
        if (s.equals("tobedeleted")) {
            return false;
        }
        errors.add(row.error("status", "The status must be active or tobedeleted, not " + s + "."));
        return null;
    }

    /** OneRoster booleans are true or false; a blank optional one is "not reported" (null). */
    private Boolean bool(CsvTable.Row row, String column, boolean required) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                errors.add(row.error(column, "The " + column + " is missing: it must be true or false."));
            }
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(row.error(column, "The " + column + " must be true or false, not " + v + "."));
                yield null;
            }
        };
    }

    private String sourcedId(CsvTable.Row row, String column) {
        String v = row.get(column);
        if (v == null) {
            errors.add(row.error(column, "The " + column + " is missing."));
            return null;
        }
        return checked(row, column, v, 255);
    }

    private String sourcedIdOptional(CsvTable.Row row, String column) {
        String v = row.get(column);
        return v == null ? null : checked(row, column, v, 255);
    }

    private String text(CsvTable.Row row, String column, boolean required, int max) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                errors.add(row.error(column, "The " + column + " is missing."));
            }
            return null;
        }
        return checked(row, column, v, max);
    }

    private String checked(CsvTable.Row row, String column, String v, int max) {
        if (!org.pathwork.workflow.common.SafeText.isSafe(v)) {
            errors.add(row.error(column, "The " + column + " contains a control character that cannot be stored."));
            return null;
        }
        if (v.length() > max) {
            errors.add(row.error(column, "The " + column + " may be at most " + max + " characters."));
            return null;
        }
        return v;
    }

    /** A OneRoster list: comma-separated inside one (quoted) value. */
    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Counts what is read from one zip entry and stops at the limit. */
    private static final class Limited extends CountedInputStream {
        private final long max;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        void counted(long total) {
            if (total > max) {
                throw new CsvTable.SizeLimitExceeded();
            }
        }

        /** The zip stream goes on to the next entry: reading a file must not close it. */
        @Override
        public void close() {
        }
    }
}
