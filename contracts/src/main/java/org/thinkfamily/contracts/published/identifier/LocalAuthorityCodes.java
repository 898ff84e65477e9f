package org.thinkfamily.contracts.published.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The DfE three-digit local authority numbers (England, Wales, and the numbers of authorities since
 * reorganised, which still stand in UPNs issued before). Read from {@code local-authority-codes.csv}.
 */
public final class LocalAuthorityCodes {

    private static final Map<String, String> CODES = load();

    private LocalAuthorityCodes() {}

    public static boolean isKnown(String code) {
        return CODES.containsKey(code);
    }

    public static String name(String code) {
        return CODES.get(code);
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new TreeMap<>();
        try (var in = Objects.requireNonNull(
                        LocalAuthorityCodes.class.getResourceAsStream("local-authority-codes.csv"));
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                int comma = line.indexOf(',');
                codes.put(
                        line.substring(0, comma).strip(),
                        line.substring(comma + 1).strip());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(codes);
    }
}
