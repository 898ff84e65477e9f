package org.thinkfamily.hub.family;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.canonical.PersonName;
import org.thinkfamily.contracts.canonical.SubjectRole;
import org.thinkfamily.contracts.family.AssignLeadProfessional;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.person.FindPeople;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.eventstore.EventMetadata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

@RestController
@RequestMapping("/api/v1/families/{familyId}")
@Tag(name = "Families", description = "The Think Family view and the people working with a family")
class FamilyController {

    private final FamilyReadGuard guard;
    private final QueryGateway queries;
    private final CommandGateway commands;

    FamilyController(FamilyReadGuard guard, QueryGateway queries, CommandGateway commands) {
        this.guard = guard;
        this.queries = queries;
        this.commands = commands;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Member(String personId, SubjectRole role, Instant since, String sourceEventId, PersonName name,
                  LocalDate birthDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FamilyView(String familyId, Instant asAt, Instant startedAt, String leadProfessional, List<Member> members) {
    }

    record LeadProfessionalRequest(@NotBlank String user) {
    }

    @GetMapping
    @Operation(summary = "The family: its members and roles, and who leads the work; with asAt, as known then")
    FamilyView family(@PathVariable String familyId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asAt,
                      @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
                      Authentication user) {
        FamilySummary family = guard.open(user, familyId, asAt == null ? "READ_FAMILY" : "READ_FAMILY_AS_AT", purpose);
        if (asAt != null && family.startedAt().isAfter(asAt)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "the hub did not know family " + familyId + " at " + asAt);
        }
        List<FamilyMembership> members = family.members().stream()
                .filter(m -> asAt == null || !m.since().isAfter(asAt)).toList();
        Map<String, PersonSummary> people = queries.query(new FindPeople(members.stream().map(FamilyMembership::personId).toList()),
                        ResponseTypes.multipleInstancesOf(PersonSummary.class)).join().stream()
                .collect(Collectors.toMap(PersonSummary::personId, Function.identity()));
        List<Member> view = members.stream().map(m -> {
            PersonSummary person = people.get(m.personId());
            return new Member(m.personId(), m.role(), m.since(), m.sourceEventId(),
                    person == null ? null : person.name(), person == null ? null : person.birthDate());
        }).toList();
        return new FamilyView(familyId, asAt, family.startedAt(), asAt == null ? family.leadProfessional() : null, view);
    }

    @PostMapping("/lead-professional")
    @Operation(summary = "Make a user the family's lead professional (managers)")
    Map<String, String> assignLeadProfessional(@PathVariable String familyId, @Valid @RequestBody LeadProfessionalRequest request,
                                               Authentication manager) {
        commands.sendAndWait(asCommandMessage(new AssignLeadProfessional(familyId, request.user()))
                .withMetaData(EventMetadata.ofUser(manager.getName())));
        return Map.of("familyId", familyId, "leadProfessional", request.user());
    }
}
