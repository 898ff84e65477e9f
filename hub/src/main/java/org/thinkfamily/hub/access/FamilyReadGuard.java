package org.thinkfamily.hub.access;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.audit.AccessRelationship;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.FindFamily;
import org.thinkfamily.hub.audit.AccessRecorder;
import org.thinkfamily.hub.problem.NotFound;

/**
 * The one door to a family's record for people. A user sees a family only while their role or their
 * relationship with it allows (a manager or auditor any family; a lead professional or practitioner the
 * families they work with), and every read is recorded before any data is returned: no record, no read. Refused
 * attempts are recorded too.
 */
@Component
public class FamilyReadGuard {

    static final String NOT_STATED = "not stated";
    /** Suffix of the action recorded when a read was refused: auditors see attempts too. */
    static final String DENIED = "_DENIED";

    private final QueryGateway queries;
    private final AccessRecorder recorder;

    FamilyReadGuard(QueryGateway queries, AccessRecorder recorder) {
        this.queries = queries;
        this.recorder = recorder;
    }

    /**
     * Checks the user may read the family, records the read, and returns the family.
     *
     * @throws NotFound                when there is no such family
     * @throws AccessDeniedException   when the user has no role or relationship that allows the read
     */
    public FamilySummary open(Authentication user, String familyId, String action, String purpose) {
        FamilySummary family = find(familyId).orElseThrow(() -> new NotFound("no family " + familyId));
        String client = AccessRequest.client(user);
        if (!mayRead(user, family)) {
            Optional<String> reason = AccessRequest.breakGlassReason(familyId);
            if (reason.isPresent() && mayBreakGlass(user)) {
                // allowed, and recorded as such: listed for managers and auditors, shown on the family's page
                recorder.record(user.getName(), familyId, action, reason.get(), AccessRelationship.BREAK_GLASS, client);
                return family;
            }
            recorder.record(
                    user.getName(),
                    familyId,
                    action + DENIED,
                    purposeOrDefault(purpose),
                    AccessRelationship.NONE,
                    client);
            throw new AccessDeniedException(
                    "no role or working relationship allows this user to read family " + familyId
                            + (mayBreakGlass(user)
                                    ? "; to open it without one, state the reason in the "
                                            + AccessRequest.BREAK_GLASS_HEADER + " header"
                                    : ""));
        }
        recorder.record(
                user.getName(), familyId, action, purposeOrDefault(purpose), relationshipOf(user, family), client);
        return family;
    }

    /** People who work with families may open one they have no relationship with, stating why; systems never. */
    public static boolean mayBreakGlass(Authentication user) {
        return hasRole(user, Roles.LEAD) || hasRole(user, Roles.PRACTITIONER);
    }

    /** What allows the user to read the family; {@code NONE} when nothing does. */
    static AccessRelationship relationshipOf(Authentication user, FamilySummary family) {
        if (hasRole(user, Roles.MANAGER)) {
            return AccessRelationship.MANAGER;
        }
        if (hasRole(user, Roles.AUDITOR)) {
            return AccessRelationship.AUDITOR;
        }
        if (!hasRole(user, Roles.LEAD) && !hasRole(user, Roles.PRACTITIONER)) {
            return AccessRelationship.NONE;
        }
        if (user.getName().equals(family.leadProfessional())) {
            return AccessRelationship.LEAD_PROFESSIONAL;
        }
        return family.onTeam(user.getName()) ? AccessRelationship.TEAM_AROUND_THE_FAMILY : AccessRelationship.NONE;
    }

    /**
     * Records the reads of a page of families the user may see (a list), all in one transaction: one commit for the
     * page instead of one per family. Each family is recorded as read, as {@link #open} would.
     *
     * @throws AccessDeniedException when the user may not read one of them (a list holds only families they may see)
     */
    public void openAll(Authentication user, List<FamilySummary> families, String action, String purpose) {
        for (FamilySummary family : families) {
            if (!mayRead(user, family)) {
                recorder.record(
                        user.getName(),
                        family.familyId(),
                        action + DENIED,
                        purposeOrDefault(purpose),
                        AccessRelationship.NONE,
                        AccessRequest.client(user));
                throw new AccessDeniedException(
                        "no role or working relationship allows this user to read family " + family.familyId());
            }
        }
        // each family with what allowed it (a list holds only families the user may see), all in one commit
        java.util.Map<String, AccessRelationship> relationships = new java.util.LinkedHashMap<>();
        families.forEach(family -> relationships.put(family.familyId(), relationshipOf(user, family)));
        recorder.recordAll(
                user.getName(), relationships, action, purposeOrDefault(purpose), AccessRequest.client(user));
    }

    /**
     * Checks the user works on the family (a manager; its lead professional or a member of the team around it, as a
     * lead professional or practitioner: never an auditor or an agency system), records the change, and returns the
     * family. Refusals are recorded too.
     *
     * @throws NotFound                when there is no such family
     * @throws AccessDeniedException   when the user does not work on the family
     */
    public FamilySummary openToWork(Authentication user, String familyId, String action) {
        FamilySummary family = find(familyId).orElseThrow(() -> new NotFound("no family " + familyId));
        if (!worksOn(user, family)) {
            recorder.record(
                    user.getName(),
                    familyId,
                    action + DENIED,
                    NOT_STATED,
                    AccessRelationship.NONE,
                    AccessRequest.client(user));
            throw new AccessDeniedException(
                    "only a manager, the family's lead professional or its team works on family " + familyId);
        }
        recorder.record(
                user.getName(), familyId, action, NOT_STATED, relationshipOf(user, family), AccessRequest.client(user));
        return family;
    }

    /** A manager, or the family's lead professional or a member of the team around it (as a lead professional or practitioner). */
    public static boolean worksOn(Authentication user, FamilySummary family) {
        if (hasRole(user, Roles.MANAGER)) {
            return true;
        }
        boolean worksWithIt = user.getName().equals(family.leadProfessional()) || family.onTeam(user.getName());
        return worksWithIt && (hasRole(user, Roles.LEAD) || hasRole(user, Roles.PRACTITIONER));
    }

    /** Whether the user may read the family, without recording anything (for filtering search results). */
    public boolean mayRead(Authentication user, String familyId) {
        return find(familyId).map(family -> mayRead(user, family)).orElse(false);
    }

    /** Whether the user may see records an agency marked RESTRICTED. */
    public static boolean mayReadRestricted(Authentication user) {
        return hasRole(user, Roles.RESTRICTED_READER);
    }

    /** An auditor cleared to erase a person's personal data. */
    public static boolean mayErase(Authentication user) {
        return hasRole(user, Roles.AUDITOR) && hasRole(user, Roles.ERASER);
    }

    /** Managers and auditors may read any family; everyone else only through a relationship. */
    public static boolean seesAllFamilies(Authentication user) {
        return hasRole(user, Roles.MANAGER) || hasRole(user, Roles.AUDITOR);
    }

    /**
     * Managers and auditors any family; a lead professional the families they lead or are on the team of; a
     * practitioner only while on the team around the family.
     */
    private static boolean mayRead(Authentication user, FamilySummary family) {
        return seesAllFamilies(user) || worksOn(user, family);
    }

    /** Whether the user is the family's lead professional now (they may change its team). */
    public static boolean leads(Authentication user, FamilySummary family) {
        return hasRole(user, Roles.LEAD) && user.getName().equals(family.leadProfessional());
    }

    private static String purposeOrDefault(String purpose) {
        return purpose == null || purpose.isBlank() ? NOT_STATED : purpose;
    }

    private Optional<FamilySummary> find(String familyId) {
        return queries.query(new FindFamily(familyId), ResponseTypes.optionalInstanceOf(FamilySummary.class))
                .join();
    }

    private static boolean hasRole(Authentication user, String role) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }
}
