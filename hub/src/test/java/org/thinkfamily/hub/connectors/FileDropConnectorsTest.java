package org.thinkfamily.hub.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.hub.support.HubClient;

/**
 * The file-drop connectors through real files in a real inbox, into the real hub: the samples in
 * {@code connectors/src/test/resources/samples}, good and broken.
 */
@ExtendWith(OutputCaptureExtension.class)
class FileDropConnectorsTest extends ConnectorSuite {

    static Path inbox;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        inbox = newInbox(registry);
        registry.add("thinkfamily.connectors.sweep-every", () -> "200ms");
    }

    @Autowired
    DeadLetterPort deadLetterPort;

    /** Drops a sample as an agency's system would: written aside, then moved in whole; waits until taken. */
    Path drop(String connector, String sample, String asName) throws IOException {
        return dropWhole(
                inbox, connector, Files.readAllBytes(SAMPLES.resolve(connector).resolve(sample)), asName);
    }

    Path awaitMoved(String connector, String folder, String name) {
        return awaitMoved(inbox, connector, folder, name);
    }

    JsonNode timelineOf(JsonNode person, int atLeast) {
        String familyId = person.get("familyIds").get(0).asText();
        return patiently()
                .until(
                        () -> hub.get("manager", "/api/v1/families/" + familyId + "/timeline")
                                .json()
                                .get("entries"),
                        entries -> entries.size() >= atLeast);
    }

    @Test
    void attendance_marks_become_one_summary_per_pupil_with_dfe_figures() throws IOException {
        drop("education-attendance", "autumn-week-10.csv", "autumn-week-10.csv");
        awaitMoved("education-attendance", ".done", "autumn-week-10.csv");
        JsonNode entry = awaitEntry(person("upn", "B380200126001"), "Attendance 2026-11-02 to 2026-11-06");
        assertThat(entry.get("source").get("agency").asText()).isEqualTo("school-3802001");
        assertThat(entry.get("sector").asText()).isEqualTo("EDUCATION");
        assertThat(entry.get("summary").asText()).isEqualTo("Attendance 2026-11-02 to 2026-11-06: 66.7%");
        assertThat(awaitEntry(person("upn", "F383400125123"), "Attendance 2026-11-02 to 2026-11-06")
                        .get("summary")
                        .asText())
                .isEqualTo("Attendance 2026-11-02 to 2026-11-06: 100.0%");
    }

    @Test
    void broken_marks_are_dead_lettered_and_the_summary_names_the_sessions_left_out() throws IOException {
        drop("education-attendance", "broken-marks.csv", "broken-marks.csv");
        awaitMoved("education-attendance", ".done", "broken-marks.csv");
        List<String> reasons = hub.deadLetters("school", "education-attendance").stream()
                .filter(l -> l.get("location").asText().startsWith("broken-marks.csv"))
                .map(l -> l.get("location").asText() + ": " + l.get("reason").asText())
                .toList();
        assertThat(reasons)
                .hasSize(6)
                .anySatisfy(r -> assertThat(r).contains("line 3").contains("withdrawn in August 2024"))
                .anySatisfy(r -> assertThat(r).contains("line 4").contains("blank"))
                .anySatisfy(r -> assertThat(r).contains("line 5").contains("not a DfE attendance code"))
                .anySatisfy(r -> assertThat(r).contains("line 6").contains("UPN check letter is wrong"))
                .anySatisfy(r -> assertThat(r).contains("line 7").contains("two different marks"))
                .anySatisfy(r -> assertThat(r).contains("line 8").contains("two different marks"));
        JsonNode letter = hub.deadLetters("school", "education-attendance").stream()
                .filter(l -> l.get("location").asText().endsWith("line 3"))
                .findFirst()
                .orElseThrow();
        assertThat(letter.get("payload").asText())
                .startsWith("School_LAESTAB,UPN")
                .contains("2026-11-09,PM,H");
        assertThat(hub.deadLetters("police", "education-attendance")).isEmpty();
    }

    @Test
    void a_file_without_a_required_column_is_dead_lettered_whole_and_set_aside() throws IOException {
        drop("education-attendance", "missing-column.csv", "missing-column.csv");
        awaitMoved("education-attendance", ".failed", "missing-column.csv");
        assertThat(hub.deadLetters("manager", "education-attendance")).anySatisfy(l -> {
            assertThat(l.get("location").asText()).isEqualTo("missing-column.csv (whole file)");
            assertThat(l.get("reason").asText()).contains("session");
        });
    }

    @Test
    void exclusions_youth_justice_and_benefits_land_typed_and_attributed_and_bad_rows_are_dead_lettered()
            throws IOException {
        drop("education-exclusions", "exclusions-2026-11.csv", "exclusions.csv");
        drop("youth-justice", "outcomes.csv", "outcomes.csv");
        drop("benefits", "claims.csv", "claims.csv");
        awaitMoved("education-exclusions", ".done", "exclusions.csv");
        awaitMoved("youth-justice", ".done", "outcomes.csv");
        awaitMoved("benefits", ".done", "claims.csv");

        JsonNode tom = person("upn", "F383400125123");
        assertThat(awaitEntry(tom, "Permanent exclusion").get("type").asText()).isEqualTo("PERMANENT_EXCLUSION");
        JsonNode youth = person("pnc-id", "2026/0000001W");
        JsonNode outcome = awaitEntry(youth, "Youth justice outcome: REFERRAL_ORDER");
        assertThat(outcome.get("type").asText()).isEqualTo("YOUTH_JUSTICE_OUTCOME");
        assertThat(outcome.get("source").get("agency").asText()).isEqualTo("bradford-yot");
        JsonNode mary = person("ni-number", "AB123456C");
        assertThat(awaitEntry(mary, "Out-of-work benefit started").get("type").asText())
                .isEqualTo("OUT_OF_WORK_BENEFIT_STARTED");

        assertThat(hub.deadLetters("school", "education-exclusions"))
                .extracting(l -> l.get("reason").asText())
                .anySatisfy(r -> assertThat(r).contains("UPN check letter is wrong"))
                .anySatisfy(r -> assertThat(r).contains("must be SUSP, LNCH or PERM"));
        assertThat(hub.deadLetters("yot", "youth-justice"))
                .extracting(l -> l.get("reason").asText())
                .containsExactly("pnc_id: PNC id check letter is wrong: year and serial require check letter D");
        assertThat(hub.deadLetters("dwp", "benefits"))
                .extracting(
                        l -> l.get("location").asText() + " " + l.get("reason").asText())
                .contains(
                        "claims.csv, line 3 nino: National Insurance prefix GB is never issued",
                        "claims.csv, line 4 event: must be START or END");
    }

    @Test
    void one_encompass_notification_naming_two_children_puts_them_in_one_family() throws IOException {
        drop("police-encompass", "encompass-2026-11-22.csv", "encompass.csv");
        awaitMoved("police-encompass", ".done", "encompass.csv");
        JsonNode letters = hub.get("police", "/api/v1/dead-letters").json().get("deadLetters");
        assertThat(StreamSupport.stream(letters.spliterator(), false)
                        .filter(l -> l.get("door").asText().equals("police-encompass")))
                .singleElement()
                .satisfies(l -> assertThat(l.get("reason").asText()).isEqualTo("child_date_of_birth: is required"));
        String familyId = patiently()
                .until(
                        () -> hub.get("manager", "/api/v1/families/" + familyOfLatestEncompass() + "/timeline")
                                .json(),
                        t -> t.get("entries").size() == 1)
                .get("familyId")
                .asText();
        JsonNode family = hub.get("manager", "/api/v1/families/" + familyId).json();
        assertThat(family.get("members"))
                .extracting(m -> m.get("name").get("given").asText())
                .containsExactlyInAnyOrder("Amy", "Ben");
    }

    @Test
    void hl7_messages_dropped_as_a_file_are_taken_one_by_one() throws IOException {
        drop("hl7", "two-messages-lf.hl7", "adt-batch.hl7");
        awaitMoved("hl7", ".done", "adt-batch.hl7");
        JsonNode jane = person("nhs-number", "9434765870");
        JsonNode attendance = awaitEntry(jane, "Attended the emergency department");
        assertThat(attendance.get("type").asText()).isEqualTo("EMERGENCY_ATTENDANCE");
        assertThat(attendance.get("source").get("agency").asText()).isEqualTo("rae");
        assertThat(hub.deadLetters("nhs", "hl7-v2")).anySatisfy(l -> {
            assertThat(l.get("location").asText()).isEqualTo("adt-batch.hl7, message 2 of 2, message A04-0009");
            assertThat(l.get("reason").asText()).contains("check digit");
        });
    }

    @Test
    void the_same_file_again_changes_nothing() throws IOException {
        drop("benefits", "claims.csv", "claims-first.csv");
        awaitMoved("benefits", ".done", "claims-first.csv");
        int letters = hub.deadLetters("manager", "benefits").size();
        JsonNode mary = person("ni-number", "AB123456C");
        int entries = timelineOf(mary, 1).size();
        drop("benefits", "claims.csv", "claims-again.csv");
        awaitMoved("benefits", ".done", "claims-again.csv");
        assertThat(timelineOf(person("ni-number", "AB123456C"), 1)).hasSize(entries);
        assertThat(hub.deadLetters("manager", "benefits"))
                .hasSize(letters + 2); // the new file's two bad lines, at their new location
    }

    @Test
    void a_dead_letter_replays_once_its_cause_is_fixed_and_stays_open_while_it_is_not() {
        String payload = "nino,forename,surname,date_of_birth,postcode,benefit,event,event_date,claim_reference\n"
                + "JG654321A,Ann,Other,1985-01-01,BD3 3CC,JSA,START,2026-08-02,JSA-77\n";
        String id = deadLetterPort.store(new DeadLetter(
                "benefits",
                "dwp-bradford",
                Sector.BENEFITS,
                "replay-test.csv, line 9",
                "the hub was unavailable",
                payload,
                "text/csv"));
        assertThat(hub.post("police", "/api/v1/dead-letters/" + id + "/replay", "")
                        .status())
                .isEqualTo(404);
        HubClient.Response replayed = hub.post("dwp", "/api/v1/dead-letters/" + id + "/replay", "");
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.json().get("status").asText()).isEqualTo("REPLAYED");
        assertThat(replayed.json().at("/results/0/status").asText()).isEqualTo("ACCEPTED");
        assertThat(person("ni-number", "JG654321A").get("personId").asText()).isNotBlank();

        String broken = deadLetterPort.store(new DeadLetter(
                "benefits",
                "dwp-bradford",
                Sector.BENEFITS,
                "replay-test.csv, line 10",
                "event: must be START or END",
                payload.replace("START", "PAUSE"),
                "text/csv"));
        HubClient.Response still = hub.post("manager", "/api/v1/dead-letters/" + broken + "/replay", "");
        assertThat(still.status()).isEqualTo(422);
        assertThat(still.json().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void a_symbolic_link_in_an_inbox_is_never_followed_but_set_aside_unread() throws Exception {
        String canary = "Canary" + UUID.randomUUID().toString().replace("-", "");
        Path outside = Files.createTempDirectory("thinkfamily-outside").resolve("claims.csv");
        String secret = "nino,forename,surname,date_of_birth,postcode,benefit,event,event_date,claim_reference\n"
                + "JG777777A,Ann," + canary + ",1985-01-01,BD3 3CC,JSA,START,2026-08-02,JSA-77\n";
        Files.writeString(outside, secret);
        Path folder = Files.createDirectories(inbox.resolve("benefits"));
        Path toCsv = Files.createSymbolicLink(folder.resolve("linked.csv"), outside);
        Path toPasswd = Files.createSymbolicLink(folder.resolve("passwd.csv"), Path.of("/etc/passwd"));
        Path hidden = Files.createSymbolicLink(folder.resolve(".hidden-link.csv"), outside);

        for (Path link : List.of(toCsv, toPasswd, hidden)) {
            Path setAside = folder.resolve(".failed").resolve(link.getFileName());
            patiently().until(() -> Files.isSymbolicLink(setAside) && !Files.exists(link, LinkOption.NOFOLLOW_LINKS));
            assertThat(Files.readSymbolicLink(setAside))
                    .as("the link itself is moved, not its target")
                    .isIn(outside, Path.of("/etc/passwd"));
        }
        assertThat(Files.readString(outside)).isEqualTo(secret);
        assertThat(Files.exists(Path.of("/etc/passwd"))).isTrue();
        assertThat(hub.get("manager", "/api/v1/people?identifier=ni-number%7CJG777777A")
                        .json()
                        .get("people"))
                .isEmpty();
        String letters = hub.get("manager", "/api/v1/dead-letters").body();
        assertThat(letters).doesNotContain(canary).doesNotContain("root:x:0:0");
        assertThat(jdbc.queryForObject(
                        "select count(*) from person_directory where family_name = ?", Integer.class, canary))
                .isZero();
    }

    @Test
    void files_that_are_not_what_the_folder_takes_are_set_aside_once_with_a_reason(CapturedOutput output)
            throws Exception {
        Path folder = Files.createDirectories(inbox.resolve("education-exclusions"));
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[0] = (byte) 0xFF; // never UTF-8
        byte[] csvHeader = Files.readAllBytes(SAMPLES.resolve("education-exclusions/exclusions-2026-11.csv"));
        record Poison(String name, byte[] content, String reason) {}
        List<Poison> poisons = List.of(
                new Poison("random-bytes.csv", random, "not UTF-8"),
                new Poison("nuls.csv", new byte[8192], "binary"),
                new Poison("empty.csv", new byte[0], "the file is empty"),
                new Poison("notes.txt", "school_laestab,upn,category\n".getBytes(), "takes .csv files only"),
                new Poison("exclusions", "school_laestab,upn\n".getBytes(), "takes .csv files only"));
        for (Poison poison : poisons) {
            Path staging = folder.resolve("." + poison.name() + ".part");
            Files.write(staging, poison.content());
            Files.move(staging, folder.resolve(poison.name()), StandardCopyOption.ATOMIC_MOVE);
        }
        Path stale = folder.resolve(".left-over.csv.part");
        Files.write(stale, csvHeader);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path writing = Files.write(folder.resolve(".being-written.csv.part"), csvHeader);
        drop("education-exclusions", "exclusions-2026-11.csv", "Ünïcode name with spaces.CSV");

        awaitMoved("education-exclusions", ".done", "Ünïcode name with spaces.CSV");
        for (Poison poison : poisons) {
            awaitMoved("education-exclusions", ".failed", poison.name());
        }
        patiently().until(() -> Files.exists(folder.resolve(".failed/.left-over.csv.part")) && !Files.exists(stale));
        assertThat(writing).as("a fresh partial upload is left to be finished").exists();
        Thread.sleep(1000); // several polls: nothing is taken again

        List<JsonNode> letters = hub.deadLetters("manager", "education-exclusions");
        for (Poison poison : poisons) {
            assertThat(letters)
                    .filteredOn(l -> l.get("location").asText().equals(poison.name() + " (whole file)"))
                    .as(poison.name())
                    .singleElement()
                    .satisfies(l -> assertThat(l.get("reason").asText()).contains(poison.reason()));
            String checksum = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(poison.content()))
                    .substring(0, 16);
            assertThat(output.getAll()
                            .lines()
                            .filter(l -> l.contains("connector=education-exclusions sha256=" + checksum)))
                    .as("processed once: " + poison.name())
                    .hasSize(1);
        }
        assertThat(output.getAll())
                .contains("connector=education-exclusions bytes=" + csvHeader.length
                        + " reason=a hidden or partial file unchanged for more than");
        assertThat(hub.deadLetters("school", "education-exclusions"))
                .as("an agency sees its own folder's refusals")
                .anySatisfy(l -> assertThat(l.get("location").asText()).isEqualTo("empty.csv (whole file)"));
    }

    @Test
    void set_aside_files_are_for_the_hubs_user_only_and_deleted_after_the_retention_period() throws Exception {
        drop("hl7", "two-messages-lf.hl7", "retention.hl7");
        drop("benefits", "claims.csv", "retention.txt");
        Path done = awaitMoved("hl7", ".done", "retention.hl7");
        Path failed = awaitMoved("benefits", ".failed", "retention.txt");
        for (Path file : List.of(done, failed)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                    .isEqualTo("rwx------");
        }

        List<Path> expired = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (Path folder : List.of(done.getParent(), failed.getParent())) {
            expired.add(Files.writeString(folder.resolve("old.csv"), "x"));
            kept.add(Files.writeString(folder.resolve("recent.csv"), "x"));
        }
        expired.forEach(f -> setAge(f, Duration.ofDays(31)));
        kept.forEach(f -> setAge(f, Duration.ofDays(29)));
        patiently().until(() -> expired.stream().noneMatch(Files::exists));
        assertThat(kept).allMatch(Files::exists);
        assertThat(done)
                .as("a file set aside today, though written long ago, is kept its full period")
                .exists();
    }

    private static void setAge(Path file, Duration age) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Children named without identifiers cannot be looked up by identifier: find Amy's family in the index. */
    private String familyOfLatestEncompass() {
        return jdbcFamilyOf("Amy");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String jdbcFamilyOf(String given) {
        return jdbc.queryForObject(
                "select m.family_id from family_membership m join person_directory p on p.person_id = m.person_id "
                        + "where p.given_name = ?",
                String.class,
                given);
    }

    /** The person's family's timeline entry whose summary starts so, once the projection shows it. */
    private JsonNode awaitEntry(JsonNode person, String summaryStart) {
        return awaitTimelineEntry(person.get("familyIds").get(0).asText(), summaryStart);
    }
}
