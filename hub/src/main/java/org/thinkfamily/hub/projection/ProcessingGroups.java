package org.thinkfamily.hub.projection;

import java.util.List;

/**
 * The hub's event processors by name, defined once: the {@code @ProcessingGroup} of each projection, the
 * Axon configuration, replay-tools and the tests name them from here. application.yml cannot use these
 * constants; its keys under {@code axon.eventhandling.processors} are checked against {@link #ALL} at start
 * (see {@link ProcessingGroupsCheck}), so a misspelt key fails the start instead of silently configuring nothing.
 */
public final class ProcessingGroups {

    /** The person index identity resolution reads; subscribing, written in the ingest's transaction. */
    public static final String IDENTITY_INDEX = "identity-index";
    /** Households and relationships; subscribing, written in the family commands' transaction. */
    public static final String FAMILY_INDEX = "family-index";
    /** The front door's intake of agencies' contacts; subscribing. */
    public static final String CONTACT_INTAKE = "contact-intake";
    /** The front door's queue of contacts; subscribing. */
    public static final String CONTACT_QUEUE = "contact-queue";
    /** The shared assessment's read model; subscribing. */
    public static final String ASSESSMENT = "assessment";
    /** Each family's timeline; pooled streaming, disposable. */
    public static final String TIMELINE = "timeline";
    /** Who looked at what; pooled streaming, disposable. */
    public static final String ACCESS_LOG = "access-log";

    public static final List<String> ALL =
            List.of(IDENTITY_INDEX, FAMILY_INDEX, CONTACT_INTAKE, CONTACT_QUEUE, ASSESSMENT, TIMELINE, ACCESS_LOG);

    /** The indexes written in the transaction of the events they read; each reads only the events it handles. */
    public static final List<String> SUBSCRIBING =
            List.of(IDENTITY_INDEX, FAMILY_INDEX, CONTACT_INTAKE, CONTACT_QUEUE, ASSESSMENT);

    /** The streaming projections: replay-tools resets their tokens and lets them replay the event store. */
    public static final List<String> STREAMING = List.of(TIMELINE, ACCESS_LOG);

    /**
     * Indexes written in the commands' own transaction (subscribing, so Axon never resets them) that only
     * write their own tables: replay-tools empties each through its {@code @ResetHandler} and replays the
     * event store through its handlers. Never contact-intake: it sends commands.
     */
    public static final List<String> REPLAYED_INDEXES =
            List.of(IDENTITY_INDEX, FAMILY_INDEX, CONTACT_QUEUE, ASSESSMENT);

    /** What replay-tools' rebuild accepts. */
    public static final List<String> REBUILDABLE =
            List.of(TIMELINE, ACCESS_LOG, IDENTITY_INDEX, FAMILY_INDEX, CONTACT_QUEUE, ASSESSMENT);

    private ProcessingGroups() {}
}
