package org.pathwork.workflow.people.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A OneRoster bundle written in a test: files by name, zipped in memory. */
public final class RosterBundleWriter {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public static RosterBundleWriter bulk() {
        return new RosterBundleWriter().file("manifest.csv", """
                propertyName,value
                manifest.version,1.0
                oneroster.version,1.2
                file.orgs,bulk
                file.users,bulk
                file.roles,bulk
                file.demographics,bulk
                file.classes,absent
                """);
    }

    public RosterBundleWriter file(String name, String text) {
        files.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public RosterBundleWriter bytes(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    public byte[] zipEntry(String name) {
        return files.get(name);
    }

    public RosterBundleWriter without(String name) {
        files.remove(name);
        return this;
    }

    public byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A district with one school, two students (one a minor of 15 with a guardian, one adult) and a
     * teacher; every sourcedId and name carries the tag so that tests on one database stay apart.
     */
    public static RosterBundleWriter sample(String t, int minorBirthYear) {
        return bulk()
                .file("orgs.csv", """
                        sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
                        d-%1$s,,,District %1$s,district,,
                        s-%1$s,active,,School %1$s,school,,d-%1$s
                        """.formatted(t))
                .file("users.csv", """
                        sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns
                        u1-%1$s,,,true,ana-%1$s,,Ana,Minor,,,ana-%1$s@example.org,,,g1-%1$s,10,,,,,,,s-%1$s,
                        u2-%1$s,,,true,ben-%1$s@example.org,,Ben,Adult,,,,,,,12,,,,,,,s-%1$s,
                        g1-%1$s,,,true,,,Gail,Guardian,,,gail-%1$s@example.org,,,u1-%1$s,,,,,,,,,
                        t1-%1$s,,,true,tom-%1$s,,Tom,Teacher,,,,,,,,,,,,,,s-%1$s,
                        """.formatted(t))
                .file("roles.csv", """
                        sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId
                        r1-%1$s,,,u1-%1$s,primary,student,,,s-%1$s,
                        r2-%1$s,,,u2-%1$s,primary,student,,,s-%1$s,
                        r3-%1$s,,,g1-%1$s,primary,guardian,,,s-%1$s,
                        r4-%1$s,,,t1-%1$s,primary,teacher,,,s-%1$s,
                        """.formatted(t))
                .file("demographics.csv", """
                        sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus,metadata.lowIncome,metadata.englishLearner,metadata.disability
                        u1-%1$s,,,%2$d-03-14,female,false,false,false,false,false,false,true,,,,,true,true,false
                        u2-%1$s,,,2001-07-01,male,false,true,false,false,false,false,false,,,,,,,
                        """.formatted(t, minorBirthYear))
                .file("classes.csv", "sourcedId,title\n");
    }
}
