package org.thinkfamily.hub.family;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.thinkfamily.contracts.family.AddTeamMember;
import org.thinkfamily.contracts.family.AssignLeadProfessional;
import org.thinkfamily.contracts.family.CloseFamily;
import org.thinkfamily.contracts.family.DecideTier;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.FindFamily;
import org.thinkfamily.contracts.family.RemoveTeamMember;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.access.KnownUsers;
import org.thinkfamily.hub.messaging.Commands;

@RestController
@RequestMapping("/api/v1/families/{familyId}")
@Tag(name = "Families", description = "The Think Family view and the people working with a family")
class FamilyController {

    private final FamilyReadGuard guard;
    private final QueryGateway queries;
    private final Commands commands;
    private final FamilyMembers familyMembers;
    private final KnownUsers knownUsers;
    private final FamilyViews views;

    FamilyController(
            FamilyReadGuard guard,
            QueryGateway queries,
            Commands commands,
            FamilyMembers familyMembers,
            KnownUsers knownUsers,
            FamilyViews views) {
        this.views = views;
        this.knownUsers = knownUsers;
        this.guard = guard;
        this.queries = queries;
        this.commands = commands;
        this.familyMembers = familyMembers;
    }

    record TierRequest(
            @NotNull @Min(1) @Max(4) Integer tier,
            @NotBlank @Size(max = 2000) String reason) {}

    record TeamRequest(
            @NotBlank String user,
            @NotBlank @Pattern(regexp = Source.AGENCY_CODE) String agency) {}

    record CloseRequest(@NotBlank @Size(max = 2000) String reason) {}

    record MemberRequest(@NotBlank String personId, @NotNull SubjectRole role, String fromFamilyId) {}

    record MergeRequest(@NotBlank String familyId) {}

    record LeadProfessionalRequest(@NotBlank String user) {}

    @GetMapping
    @Operation(summary = "The family: its members and roles, and who leads the work; with asAt, as known then")
    FamilyViews.FamilyView family(
            @PathVariable String familyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asAt,
            @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
            Authentication user) {
        return views.view(user, familyId, asAt, asAt == null ? "READ_FAMILY" : "READ_FAMILY_AS_AT", purpose);
    }

    @PostMapping("/members")
    @Operation(summary = "Add a person to the family, or move them here with fromFamilyId (managers)")
    ResponseEntity<FamilyViews.FamilyView> addMember(
            @PathVariable String familyId, @Valid @RequestBody MemberRequest request, Authentication manager) {
        if (familyId.equals(request.fromFamilyId())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "fromFamilyId: a move is from another family");
        }
        familyMembers.add(familyId, request.personId(), request.role(), request.fromFamilyId(), manager.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(family(familyId, null, "manager decision", manager));
    }

    @DeleteMapping("/members/{personId}")
    @Operation(summary = "End a person's membership: they left the household; their history up to now stays (managers)")
    FamilyViews.FamilyView endMembership(
            @PathVariable String familyId, @PathVariable String personId, Authentication manager) {
        familyMembers.end(familyId, personId, manager.getName());
        return family(familyId, null, "manager decision", manager);
    }

    @PostMapping("/merge")
    @Operation(summary = "Merge another family into this one: one household; the other family is closed (managers)")
    FamilyViews.FamilyView merge(
            @PathVariable String familyId, @Valid @RequestBody MergeRequest request, Authentication manager) {
        familyMembers.merge(familyId, request.familyId(), manager.getName());
        return family(familyId, null, "manager decision", manager);
    }

    @PostMapping("/lead-professional")
    @Operation(summary = "Make a user the family's lead professional (managers)")
    Map<String, String> assignLeadProfessional(
            @PathVariable String familyId,
            @Valid @RequestBody LeadProfessionalRequest request,
            Authentication manager) {
        if (!knownUsers.isKnown(request.user())) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "user: not a known user (a lead professional must have an account or have signed in to the hub)");
        }
        commands.sendAs(manager.getName(), new AssignLeadProfessional(familyId, request.user()));
        return Map.of("familyId", familyId, "leadProfessional", request.user());
    }

    @PostMapping("/tier")
    @Operation(summary = "Step the family up or down to a tier, with the reason (managers); reopens a closed family")
    FamilyViews.FamilyView decideTier(
            @PathVariable String familyId, @Valid @RequestBody TierRequest request, Authentication manager) {
        commands.sendAs(
                manager.getName(), new DecideTier(familyId, request.tier(), request.reason(), manager.getName()));
        return family(familyId, null, "manager decision", manager);
    }

    @PostMapping("/close")
    @Operation(summary = "Step the family down out of early help, with the reason (managers)")
    FamilyViews.FamilyView close(
            @PathVariable String familyId, @Valid @RequestBody CloseRequest request, Authentication manager) {
        commands.sendAs(manager.getName(), new CloseFamily(familyId, request.reason(), manager.getName()));
        return family(familyId, null, "manager decision", manager);
    }

    @PostMapping("/team")
    @Operation(
            summary = "Put a practitioner on the team around the family (managers, or the family's lead professional)")
    ResponseEntity<FamilyViews.FamilyView> addToTeam(
            @PathVariable String familyId, @Valid @RequestBody TeamRequest request, Authentication user) {
        requireManagerOrLead(familyId, user);
        if (!knownUsers.isKnown(request.user())) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "user: not a known user (a team member must have an account or have signed in to the hub)");
        }
        commands.sendAs(user.getName(), new AddTeamMember(familyId, request.user(), request.agency(), user.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(family(familyId, null, "team decision", user));
    }

    @DeleteMapping("/team/{member}")
    @Operation(
            summary =
                    "Take a practitioner off the team around the family (managers, or the family's lead professional)")
    FamilyViews.FamilyView removeFromTeam(
            @PathVariable String familyId, @PathVariable String member, Authentication user) {
        requireManagerOrLead(familyId, user);
        commands.sendAs(user.getName(), new RemoveTeamMember(familyId, member, user.getName()));
        return family(familyId, null, "team decision", user);
    }

    private void requireManagerOrLead(String familyId, Authentication user) {
        if (FamilyReadGuard.seesAllFamilies(user)
                && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER"))) {
            return;
        }
        FamilySummary family = queries.query(
                        new FindFamily(familyId), ResponseTypes.optionalInstanceOf(FamilySummary.class))
                .join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no family " + familyId));
        if (!FamilyReadGuard.leads(user, family)) {
            throw new AccessDeniedException("only a manager or the family's lead professional changes its team");
        }
    }
}
