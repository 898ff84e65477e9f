package org.thinkfamily.hub.timeline;

import static org.thinkfamily.hub.web.UkTime.UK;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thinkfamily.contracts.person.FindPeople;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.web.Words;

/**
 * A family's timeline (the chronology) for people: every agency's records in the order they happened,
 * filtered by sector and dates like the API. Opening it is a recorded read, as in the API.
 */
@Controller
class TimelinePage {

    private final FamilyReadGuard guard;
    private final TimelineQueries timeline;
    private final QueryGateway queries;

    TimelinePage(FamilyReadGuard guard, TimelineQueries timeline, QueryGateway queries) {
        this.guard = guard;
        this.timeline = timeline;
        this.queries = queries;
    }

    record Row(
            String eventId,
            ZonedDateTime occurredAt,
            String sector,
            String sectorName,
            String what,
            String summary,
            boolean restricted,
            boolean erased,
            String agency,
            String about) {}

    record SectorOption(String value, String label, boolean selected) {}

    @GetMapping("/families/{familyId}/timeline")
    String timeline(
            @PathVariable String familyId,
            @RequestParam(required = false) Sector sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication user,
            Model model) {
        guard.open(user, familyId, "READ_TIMELINE", "timeline page");
        boolean cleared = FamilyReadGuard.mayReadRestricted(user);
        // the page shows the whole history asked for (a family's five years are a few hundred entries)
        List<TimelineQueries.Row> rows = timeline.entries(
                        familyId,
                        from == null ? null : from.atStartOfDay(UK).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(UK).toInstant(),
                        sector,
                        null,
                        0,
                        Integer.MAX_VALUE)
                .rows();
        List<String> personIds =
                rows.stream().flatMap(r -> r.personIds().stream()).distinct().toList();
        Map<String, PersonName> names = personIds.isEmpty()
                ? Map.of()
                : queries
                        .query(new FindPeople(personIds), ResponseTypes.multipleInstancesOf(PersonSummary.class))
                        .join()
                        .stream()
                        .filter(p -> p.name() != null)
                        .collect(Collectors.toMap(PersonSummary::personId, PersonSummary::name, (a, b) -> a));
        model.addAttribute("familyId", familyId);
        model.addAttribute(
                "entries",
                rows.stream()
                        .map(r -> {
                            boolean restricted = Sensitivity.RESTRICTED.name().equals(r.sensitivity());
                            return new Row(
                                    r.eventId(),
                                    r.occurredAt().atZone(UK),
                                    r.sector(),
                                    Words.sector(r.sector()),
                                    Words.of(r.type()),
                                    restricted && !cleared ? null : r.summary(),
                                    restricted,
                                    r.erased(),
                                    r.agency(),
                                    r.personIds().stream()
                                            .map(id -> Words.name(names.get(id), id))
                                            .collect(Collectors.joining(", ")));
                        })
                        .toList());
        model.addAttribute(
                "sectors",
                Arrays.stream(Sector.values())
                        .map(s -> new SectorOption(s.name(), Words.sector(s.name()), s == sector))
                        .toList());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("filtered", sector != null || from != null || to != null);
        return "timeline/timeline";
    }
}
