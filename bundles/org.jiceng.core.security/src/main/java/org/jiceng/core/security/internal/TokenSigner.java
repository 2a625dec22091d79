package org.jiceng.core.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jiceng.security.Role;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * HS256-signed JWTs. The 256-bit key is generated once per installation (see {@link SharedTokenKey}),
 * so tokens survive restarts and no key ships with the distribution.
 */
final class TokenSigner {
    static final String ISSUER = "jiceng";

    /** What a verified token says. */
    record Claims(String username, Set<Role> roles, String jurisdictionCode, long generation, Instant expiresAt) {
    }

    private final MACSigner signer;
    private final MACVerifier verifier;

    TokenSigner(byte[] key) {
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Token key refused: " + e.getMessage(), e);
        }
    }

    /** Reads the key file of an installation from before the shared key, creating it first when missing. */
    static byte[] loadOrCreateKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
                            java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system: its ACLs apply
                    }
                } catch (FileAlreadyExistsException e) {
                    // another start won the race: use its key
                }
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token key " + file, e);
        }
    }

    String sign(String username, Set<Role> roles, String jurisdictionCode, long generation, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(username).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt))
                .claim("roles", roles.stream().map(Role::externalName).sorted().toList())
                .claim("jur", jurisdictionCode).claim("gen", generation).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** The claims of a token signed with this key, issued by Jiceng and not expired at {@code now}; null otherwise. */
    Claims verify(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return null;
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(c.getIssuer()) || c.getExpirationTime() == null || !c.getExpirationTime().toInstant().isAfter(now)
                    || c.getSubject() == null) {
                return null;
            }
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            List<String> names = c.getStringListClaim("roles");
            if (names != null) {
                names.stream().map(Role::parse).filter(Objects::nonNull).forEach(roles::add);
            }
            Long generation = c.getLongClaim("gen");
            return new Claims(c.getSubject(), roles, c.getStringClaim("jur"), generation == null ? -1 : generation,
                    c.getExpirationTime().toInstant());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return null;
        }
    }
}
