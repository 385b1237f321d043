package dev.rapport.bot.discord.loopback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for one host name, made when a test starts with the JDK's own {@code keytool} (no
 * library, nothing checked in): the key pair, the certificate with the host as its subject alternative name, and a
 * throw-away password. Good for two days; it exists only in a temporary file and in memory. One per host and test
 * JVM: keytool is a JVM of its own (seconds on a loaded machine), and the classes that need one share it.
 */
public final class TestCertificate {
    private static final Map<String, TestCertificate> MADE = new HashMap<>();

    private final String host;
    private final KeyStore keys;
    private final char[] password;

    private TestCertificate(String host, KeyStore keys, char[] password) {
        this.host = host;
        this.keys = keys;
        this.password = password.clone();
    }

    /** The certificate for {@code host}, made on first use in this JVM. */
    public static synchronized TestCertificate forHost(String host) throws IOException {
        TestCertificate made = MADE.get(host);
        if (made == null) {
            made = make(host);
            MADE.put(host, made);
        }
        return made;
    }

    /** Makes a key pair and a certificate for {@code host} (about a second: keytool runs in its own JVM). */
    private static TestCertificate make(String host) throws IOException {
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        char[] password = HexFormat.of().formatHex(secret).toCharArray();
        Path dir = Files.createTempDirectory("rapport-test-cert");
        Path store = dir.resolve("server.p12");
        try {
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-dname", "CN=" + host, "-ext", "SAN=dns:" + host, "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(password),
                    "-keypass", new String(password))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool could not make a certificate for " + host + ": " + output.strip());
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            return new TestCertificate(host, keys, password);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making a certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("the certificate keytool made cannot be read", e);
        } finally {
            for (Path p : List.of(store, dir)) {
                Files.deleteIfExists(p);
            }
        }
    }

    public String host() {
        return host;
    }

    /** What a TLS server presents: this certificate and its key. */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a TLS server context", e);
        }
    }

    /** What a client that trusts this certificate alone uses: it still checks the host name, as clients do. */
    public SSLContext clientContext() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("server", keys.getCertificate("server"));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a TLS client context", e);
        }
    }
}
