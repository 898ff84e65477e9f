package org.thinkfamily.replay.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The postcodes a synthetic population lives at, in the UK format (outward code, space, sector digit
 * and two unit letters: "BD1 1AA"), from West Yorkshire's outward codes, about fifteen households to a
 * postcode as in the UK, so neighbours share a postcode and an outward code is a district.
 */
final class Postcodes {

    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"; // the letters inward codes use
    private static final List<String> OUTWARD = outwardCodes();

    private final List<String> all;
    private final Map<String, List<String>> byOutward = new HashMap<>();

    Postcodes(int count, Random random) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(OUTWARD.get(random.nextInt(OUTWARD.size())) + " " + random.nextInt(10)
                    + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()))
                    + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length())));
        }
        all = List.copyOf(chosen);
        for (String postcode : all) {
            byOutward.computeIfAbsent(outward(postcode), k -> new ArrayList<>()).add(postcode);
        }
    }

    String any(Random random) {
        return all.get(random.nextInt(all.size()));
    }

    /** Another postcode in the same district, or any other when the district has only this one. */
    String nearby(String postcode, Random random) {
        List<String> district = byOutward.get(outward(postcode));
        if (district == null || district.size() < 2) {
            return elsewhere(postcode, random);
        }
        while (true) {
            String other = district.get(random.nextInt(district.size()));
            if (!other.equals(postcode)) {
                return other;
            }
        }
    }

    /** A postcode in another district. */
    String elsewhere(String postcode, Random random) {
        while (true) {
            String other = any(random);
            if (!outward(other).equals(outward(postcode))) {
                return other;
            }
        }
    }

    static String outward(String postcode) {
        return postcode.substring(0, postcode.indexOf(' '));
    }

    private static List<String> outwardCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            codes.add("BD" + i);
        }
        for (int i = 1; i <= 28; i++) {
            codes.add("LS" + i);
        }
        for (int i = 1; i <= 7; i++) {
            codes.add("HX" + i);
        }
        for (int i = 1; i <= 9; i++) {
            codes.add("HD" + i);
        }
        for (int i = 1; i <= 17; i++) {
            codes.add("WF" + i);
        }
        return List.copyOf(codes);
    }
}
