package org.thinkfamily.hub.projection;

import java.util.List;
import java.util.Set;

/**
 * A streaming projection {@link ShadowRebuild} can rebuild into shadow tables while the hub serves from the
 * live ones: its tables, and a fresh instance of its event handlers writing through the writes given.
 */
public interface ShadowRebuildable {

    /** Its processing group, one of {@link ProcessingGroups#STREAMING}. */
    String processingGroup();

    /** Every table it writes, and no other. */
    List<String> tables();

    /** An object with the projection's {@code @EventHandler} methods, writing only through {@code writes}. */
    Object handlers(ProjectionWrites writes);

    /**
     * Indexes of its tables, by their live names, that no statement of its handlers needs: a rebuild builds them
     * once it has replayed the store, which is quicker than keeping them up to date row by row.
     */
    default Set<String> indexesBuiltAfterReplay() {
        return Set.of();
    }
}
