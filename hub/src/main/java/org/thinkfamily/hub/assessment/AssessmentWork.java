package org.thinkfamily.hub.assessment;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.assessment.AssessmentStart;
import org.thinkfamily.contracts.assessment.Contributor;
import org.thinkfamily.contracts.assessment.FamilyFacts;
import org.thinkfamily.contracts.assessment.StartAssessment;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.access.AgencyAccounts;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.messaging.Commands;
import org.thinkfamily.hub.problem.NotFound;

/**
 * Work on a family's assessment: who may (through the read guard, which records every change and refusal),
 * what the hub knows of the family at that moment (closed? its children?), and the command; the assessment
 * itself decides.
 */
@Component
class AssessmentWork {

    private static final Logger log = LoggerFactory.getLogger(AssessmentWork.class);
    /** Starts that collided with another start of the same assessment (another node) are sent again this often. */
    static final int START_ATTEMPTS = 3;

    private final FamilyReadGuard guard;
    private final Commands commands;
    private final AssessmentReads reads;

    AssessmentWork(FamilyReadGuard guard, Commands commands, AssessmentReads reads) {
        this.guard = guard;
        this.commands = commands;
        this.reads = reads;
    }

    /** Starts the family's assessment or finds the live one; the second start of a collision finds the first's. */
    AssessmentStart start(Authentication user, String familyId) {
        FamilySummary family = guard.openToWork(user, familyId, "START_ASSESSMENT");
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAs(
                        user.getName(),
                        StartAssessment.forFamily(familyId, contributor(user), family.closedAt() != null));
            } catch (AggregateStreamCreationException | ConcurrencyException collided) {
                if (attempt >= START_ATTEMPTS) {
                    throw collided;
                }
                log.info(
                        "assessment of family {} was started at the same moment elsewhere; attempt {} finds it",
                        familyId,
                        attempt + 1);
            }
        }
    }

    /** Sends the command made for this contributor and family to the assessment, once the user may work on its family. */
    AssessmentReads.Header contribute(
            Authentication user,
            String assessmentId,
            String action,
            BiFunction<Contributor, FamilyFacts, Object> command) {
        AssessmentReads.Header header = header(assessmentId);
        FamilySummary family = guard.openToWork(user, header.familyId(), action);
        commands.sendAs(user.getName(), command.apply(contributor(user), facts(family)));
        return header(assessmentId);
    }

    AssessmentReads.Header header(String assessmentId) {
        return reads.byId(assessmentId).orElseThrow(() -> new NotFound("no assessment " + assessmentId));
    }

    Optional<AssessmentReads.Header> ofFamily(String familyId) {
        return reads.ofFamily(familyId);
    }

    private static Contributor contributor(Authentication user) {
        return new Contributor(user.getName(), AgencyAccounts.agencyOf(user).orElse(null));
    }

    private static FamilyFacts facts(FamilySummary family) {
        return new FamilyFacts(
                family.closedAt() != null,
                family.members().stream()
                        .filter(m -> m.role() == SubjectRole.CHILD && m.isActive())
                        .map(FamilyMembership::personId)
                        .collect(Collectors.toSet()));
    }
}
