package org.thinkfamily.hub.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data with AES-256-GCM under its data subjects' keys. A value about one person is sealed under
 * that person's key; a value about several (an event's free text names everyone in it) under a key derived from
 * all of theirs, so it can be read only while every one of them is not erased. The subjects are authenticated
 * with the value, so a stored form cannot be moved to other people. A value about someone already erased is
 * stored erased: nothing of it is written.
 */
final class SealingProtector implements PersonalDataProtector {

    static final String PROTECTION = "aes-gcm";
    static final String ERASED = "erased";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One cipher per thread, set up again for each value: finding the provider cost more than the encryption. */
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    private final PersonKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final UnencryptedProtector earlier = new UnencryptedProtector();

    SealingProtector(PersonKeys keys) {
        this.keys = keys;
    }

    @Override
    public JsonNode seal(List<String> dataSubjects, JsonNode plain) {
        try {
            return sealJson(dataSubjects, JSON.writeValueAsBytes(plain));
        } catch (IOException e) {
            throw new IllegalStateException("personal data could not be sealed", e);
        }
    }

    @Override
    public JsonNode sealJson(List<String> dataSubjects, byte[] plainJson) {
        List<String> subjects = dataSubjects.stream().distinct().toList();
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        ArrayNode named = envelope.putArray("dataSubjects");
        subjects.forEach(named::add);
        List<SecretKey> subjectKeys = new ArrayList<>();
        for (String subject : subjects) {
            Optional<SecretKey> key = keys.keyFor(subject);
            if (key.isEmpty()) {
                envelope.put("protection", ERASED);
                return envelope;
            }
            subjectKeys.add(key.get());
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, valueKey(subjectKeys), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associated(subjects));
            byte[] sealed = cipher.doFinal(plainJson);
            envelope.put("protection", PROTECTION);
            envelope.put("iv", Base64.getEncoder().encodeToString(iv));
            envelope.put("data", Base64.getEncoder().encodeToString(sealed));
            return envelope;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be sealed", e);
        }
    }

    @Override
    public PersonKeys.ReadAhead readAhead(List<byte[]> serialized) {
        Set<String> subjects = new HashSet<>();
        serialized.forEach(json -> SealedSubjects.in(json, subjects));
        return subjects.isEmpty() ? PersonKeys.ReadAhead.NOTHING : keys.readAhead(subjects);
    }

    @Override
    public Optional<JsonNode> unseal(JsonNode sealed) {
        String protection = sealed.path("protection").asText();
        if (UnencryptedProtector.PROTECTION.equals(protection)) {
            return earlier.unseal(sealed);
        }
        if (ERASED.equals(protection)) {
            return Optional.empty();
        }
        if (!PROTECTION.equals(protection)) {
            throw new IllegalStateException(
                    "personal data sealed with protection '" + protection + "' cannot be read here");
        }
        List<String> subjects = PersonalDataProtector.subjectsOf(sealed);
        List<SecretKey> subjectKeys = new ArrayList<>();
        for (String subject : subjects) {
            Optional<SecretKey> key = keys.existing(subject);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            subjectKeys.add(key.get());
        }
        try {
            Cipher cipher = GCM.get();
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    valueKey(subjectKeys),
                    new GCMParameterSpec(
                            TAG_BITS,
                            Base64.getDecoder().decode(sealed.get("iv").asText())));
            cipher.updateAAD(associated(subjects));
            return Optional.of(JSON.readTree(
                    cipher.doFinal(Base64.getDecoder().decode(sealed.get("data").asText()))));
        } catch (GeneralSecurityException | IOException e) {
            // never the value or the subjects: only that it failed
            throw new IllegalStateException("personal data could not be unsealed", e);
        }
    }

    /** One subject's key as it is; several subjects' keys digested together, in the order the envelope names them. */
    private static SecretKey valueKey(List<SecretKey> subjectKeys) throws GeneralSecurityException {
        if (subjectKeys.size() == 1) {
            return subjectKeys.get(0);
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update("think-family-hub/value-key/v1".getBytes(StandardCharsets.US_ASCII));
        for (SecretKey key : subjectKeys) {
            digest.update(key.getEncoded());
        }
        return new SecretKeySpec(digest.digest(), "AES");
    }

    private static byte[] associated(List<String> subjects) {
        return (PROTECTION + "|" + String.join(",", subjects)).getBytes(StandardCharsets.UTF_8);
    }
}
