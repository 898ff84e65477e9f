package org.thinkfamily.hub.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Throwaway key material made at test time with the JDK's keytool: a test CA, a server and a client certificate
 * it signed, each in a PKCS12 store with the CA, and a trust store holding the CA alone. Valid for two days.
 */
public record TestCertificates(Path directory, String password) {

    public Path server() {
        return directory.resolve("server.p12");
    }

    public Path client() {
        return directory.resolve("client.p12");
    }

    public Path trust() {
        return directory.resolve("trust.p12");
    }

    public static TestCertificates create() throws IOException {
        Path dir = Files.createTempDirectory("thinkfamily-mllp-tls");
        TestCertificates certificates = new TestCertificates(dir, "test-only-" + System.nanoTime());
        certificates.keytool(
                "-genkeypair",
                "-alias",
                "ca",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=Think Family test CA",
                "-ext",
                "bc:c",
                "-validity",
                "2",
                "-keystore",
                "ca.p12",
                "-storetype",
                "PKCS12");
        certificates.keytool("-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-rfc", "-file", "ca.pem");
        certificates.signed("server", "san=ip:127.0.0.1,dns:localhost", "eku=serverAuth");
        certificates.signed("client", "eku=clientAuth", "ku=digitalSignature");
        certificates.keytool(
                "-importcert",
                "-alias",
                "ca",
                "-keystore",
                "trust.p12",
                "-storetype",
                "PKCS12",
                "-file",
                "ca.pem",
                "-noprompt");
        return certificates;
    }

    private void signed(String who, String... extensions) throws IOException {
        keytool(
                "-genkeypair",
                "-alias",
                who,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=" + who,
                "-validity",
                "2",
                "-keystore",
                who + ".p12",
                "-storetype",
                "PKCS12");
        keytool("-certreq", "-alias", who, "-keystore", who + ".p12", "-file", who + ".csr");
        List<String> gencert = new ArrayList<>(List.of(
                "-gencert",
                "-alias",
                "ca",
                "-keystore",
                "ca.p12",
                "-infile",
                who + ".csr",
                "-outfile",
                who + ".pem",
                "-rfc",
                "-validity",
                "2"));
        for (String extension : extensions) {
            gencert.addAll(List.of("-ext", extension));
        }
        keytool(gencert.toArray(String[]::new));
        keytool("-importcert", "-alias", "ca", "-keystore", who + ".p12", "-file", "ca.pem", "-noprompt");
        keytool("-importcert", "-alias", who, "-keystore", who + ".p12", "-file", who + ".pem");
    }

    private void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storepass", password));
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A client that trusts the test CA and shows {@code keyStore}'s certificate, or none when it is null. */
    public SSLSocketFactory clientSockets(Path keyStore) throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trust()));
        KeyManagerFactory keys = null;
        if (keyStore != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore), password.toCharArray());
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    private KeyStore load(Path store) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, password.toCharArray());
        }
        return keyStore;
    }
}
