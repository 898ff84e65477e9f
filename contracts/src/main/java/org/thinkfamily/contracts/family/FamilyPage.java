package org.thinkfamily.contracts.family;

import java.util.List;

public record FamilyPage(List<FamilySummary> families, long total) {}
