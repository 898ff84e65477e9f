package org.thinkfamily.connectors.support;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON object read through a file layout's column names: the JSON form of a layout names its fields
 * in camelCase ({@code child_date_of_birth} is {@code childDateOfBirth}).
 */
public record JsonFields(JsonNode object) implements Fields {

    @Override
    public String get(String column) {
        JsonNode value = object.get(camelCase(column));
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text.strip();
    }

    /** {@code child_date_of_birth} as {@code childDateOfBirth}. */
    public static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
