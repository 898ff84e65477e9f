package org.thinkfamily.hub.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.person.FindPeopleByIdentifier;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.identifier.IdentifierCheck;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;

/** Finding people, as {@link PersonReads} shows them: through the families the user may read, each read recorded. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Find a person by identifier")
class PeopleController {

    private final QueryGateway queries;
    private final PersonReads reads;
    private final MatchHistory matchHistory;
    private final PersonLinks links;
    private final PersonLinking linking;

    PeopleController(
            QueryGateway queries,
            PersonReads reads,
            MatchHistory matchHistory,
            PersonLinks links,
            PersonLinking linking) {
        this.queries = queries;
        this.reads = reads;
        this.matchHistory = matchHistory;
        this.links = links;
        this.linking = linking;
    }

    /**
     * @param recordPersonIds the person records read as this person, when more than their own: each can be unlinked
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(
            String personId,
            List<Identifier> identifiers,
            PersonName name,
            LocalDate birthDate,
            List<String> familyIds,
            List<String> recordPersonIds,
            List<MatchHistory.Decision> matchHistory) {}

    record LinkRequest(@NotBlank String personId) {}

    @PostMapping("/{personId}/links")
    @Operation(
            summary =
                    "Link another person, with all their records, into this one (manager; 409 when they hold different "
                            + "values of a strong identifier or are one person already)")
    ResponseEntity<Person> link(
            @PathVariable String personId, @Valid @RequestBody LinkRequest request, Authentication manager) {
        String linked = linking.link(personId, request.personId(), manager.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(person(linked, "manager decision", manager));
    }

    @DeleteMapping("/{personId}/links/{recordPersonId}")
    @Operation(
            summary =
                    "Unlink a person record wrongly linked into this person: it and the records linked into it become a "
                            + "person of their own again, with their events and memberships (manager)")
    Person unlink(@PathVariable String personId, @PathVariable String recordPersonId, Authentication manager) {
        return person(linking.unlink(personId, recordPersonId, manager.getName()), "manager decision", manager);
    }

    record PeopleResponse(List<Person> people) {}

    @GetMapping
    @Operation(summary = "People holding an identifier, given as system|value (the | sent as %7C)")
    PeopleResponse find(
            @RequestParam String identifier,
            @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
            Authentication user) {
        int bar = identifier.indexOf('|');
        if (bar < 1) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "identifier must be system|value, e.g. nhs-number|9434765870");
        }
        String system = identifier.substring(0, bar);
        IdentifierCheck check = IdentifierSystems.check(system, identifier.substring(bar + 1));
        if (!check.isValid()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "identifier: " + check.problem());
        }
        List<PersonSummary> found = queries.query(
                        new FindPeopleByIdentifier(new Identifier(system, check.normalised())),
                        ResponseTypes.multipleInstancesOf(PersonSummary.class))
                .join();
        return new PeopleResponse(found.stream()
                .flatMap(p -> reads.show(p, user, "FIND_PERSON", purpose).stream())
                .map(PeopleController::personOf)
                .toList());
    }

    @GetMapping("/{personId}")
    @Operation(
            summary =
                    "One person with identifiers, families and match history (each decision with its score and evidence)")
    Person person(
            @PathVariable String personId,
            @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
            Authentication user) {
        Person person = reads.show(personId, user, "READ_PERSON", purpose)
                .map(PeopleController::personOf)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no person " + personId + " in a family this user may read"));
        List<String> records = links.recordsOf(person.personId());
        return new Person(
                person.personId(),
                person.identifiers(),
                person.name(),
                person.birthDate(),
                person.familyIds(),
                records.size() > 1 ? records : null,
                matchHistory.of(records));
    }

    private static Person personOf(PersonReads.Shown shown) {
        PersonSummary p = shown.person();
        return new Person(p.personId(), p.identifiers(), p.name(), p.birthDate(), shown.familyIds(), null, null);
    }
}
