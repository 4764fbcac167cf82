package org.siptrust.tls.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.siptrust.tls.KeyMaterialException;

/**
 * Reads RSA private keys from PEM (PKCS#1, PKCS#8, encrypted PKCS#8, OpenSSL-encrypted PKCS#1),
 * DER (PKCS#1, PKCS#8, encrypted PKCS#8) and PKCS#12 files. Failures become a
 * {@link KeyMaterialException} with one line naming the file and what is wrong; the key bytes
 * and the password never appear in a message.
 */
public final class PrivateKeyLoader {
    private static final int MAX_FILE = 1 << 20;

    private PrivateKeyLoader() {
    }

    public static List<RsaKey> load(Path file, char[] password) throws KeyMaterialException {
        String name = String.valueOf(file.getFileName());
        byte[] data;
        try {
            if (Files.size(file) > MAX_FILE) {
                throw new KeyMaterialException(name + ": file is too large to be a private key");
            }
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyMaterialException(name + ": file not found");
        } catch (IOException e) {
            throw new KeyMaterialException(name + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        return load(data, name, password);
    }

    public static List<RsaKey> load(byte[] data, String name, char[] password) throws KeyMaterialException {
        String lower = name.toLowerCase(Locale.ROOT);
        List<PrivateKey> keys;
        if (lower.endsWith(".p12") || lower.endsWith(".pfx")) {
            keys = pkcs12(data, name, password);
        } else if (looksLikePem(data)) {
            keys = pem(data, name, password);
        } else {
            keys = der(data, name, password);
        }
        List<RsaKey> out = new ArrayList<>();
        String other = null;
        for (PrivateKey k : keys) {
            if (k instanceof RSAPrivateCrtKey crt) {
                out.add(new RsaKey(crt, crt.getPublicExponent(), name));
            } else if (k instanceof RSAPrivateKey rsa) {
                out.add(new RsaKey(rsa, null, name));
            } else {
                other = k.getAlgorithm();
            }
        }
        if (out.isEmpty()) {
            if (other != null) {
                throw new KeyMaterialException(name + ": holds an " + other
                        + " private key; only RSA keys can decrypt TLS (RSA key exchange), use a key log instead");
            }
            throw new KeyMaterialException(name + ": no private key found");
        }
        return out;
    }

    private static boolean looksLikePem(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1);
        return head.contains("-----BEGIN ");
    }

    private static List<PrivateKey> pem(byte[] data, String name, char[] password) throws KeyMaterialException {
        List<PrivateKey> keys = new ArrayList<>();
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(new String(data, StandardCharsets.ISO_8859_1)))) {
            Object o;
            while ((o = parser.readObject()) != null) {
                if (o instanceof PEMKeyPair kp) {
                    keys.add(converter.getPrivateKey(kp.getPrivateKeyInfo()));
                } else if (o instanceof PrivateKeyInfo pki) {
                    keys.add(converter.getPrivateKey(pki));
                } else if (o instanceof PKCS8EncryptedPrivateKeyInfo enc) {
                    keys.add(converter.getPrivateKey(decryptPkcs8(enc, name, password)));
                } else if (o instanceof PEMEncryptedKeyPair enc) {
                    requirePassword(name, password);
                    try {
                        PEMKeyPair kp = enc.decryptKeyPair(new JcePEMDecryptorProviderBuilder()
                                .setProvider(Bc.PROVIDER).build(password));
                        keys.add(converter.getPrivateKey(kp.getPrivateKeyInfo()));
                    } catch (IOException | RuntimeException e) {
                        throw new KeyMaterialException(name + ": wrong password for the encrypted key");
                    }
                }
                // certificates, parameters and other blocks are not keys: ignore them
            }
        } catch (KeyMaterialException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new KeyMaterialException(name + ": not a readable PEM private key (" + e.getClass().getSimpleName() + ")");
        }
        return keys;
    }

    private static PrivateKeyInfo decryptPkcs8(PKCS8EncryptedPrivateKeyInfo enc, String name, char[] password)
            throws KeyMaterialException {
        requirePassword(name, password);
        try {
            InputDecryptorProvider dec = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.PROVIDER)
                    .build(password);
            return enc.decryptPrivateKeyInfo(dec);
        } catch (Exception e) {
            throw new KeyMaterialException(name + ": wrong password for the encrypted PKCS#8 key");
        }
    }

    private static void requirePassword(String name, char[] password) throws KeyMaterialException {
        if (password == null) {
            throw new KeyMaterialException(name + ": the key is encrypted, a password is needed");
        }
    }

    private static List<PrivateKey> der(byte[] data, String name, char[] password) throws KeyMaterialException {
        ASN1Sequence seq;
        try {
            ASN1Primitive p = ASN1Primitive.fromByteArray(data);
            seq = p instanceof ASN1Sequence s ? s : null;
        } catch (IOException | RuntimeException e) {
            seq = null;
        }
        if (seq != null) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            try {
                if (seq.size() >= 9) { // PKCS#1 RSAPrivateKey: version, n, e, d, p, q, dp, dq, qinv
                    org.bouncycastle.asn1.pkcs.RSAPrivateKey rsa = org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(seq);
                    PrivateKeyInfo pki = new PrivateKeyInfo(
                            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), rsa);
                    return List.of(converter.getPrivateKey(pki));
                }
                if (seq.size() == 2) {
                    EncryptedPrivateKeyInfo epki = EncryptedPrivateKeyInfo.getInstance(seq);
                    return List.of(converter.getPrivateKey(decryptPkcs8(new PKCS8EncryptedPrivateKeyInfo(epki), name, password)));
                }
                if (seq.size() >= 3 && seq.size() <= 5 && !(seq.getObjectAt(1) instanceof ASN1Sequence s2 && s2.size() > 3)) {
                    return List.of(converter.getPrivateKey(PrivateKeyInfo.getInstance(seq)));
                }
            } catch (KeyMaterialException e) {
                throw e;
            } catch (Exception e) {
                // fall through: maybe PKCS#12
            }
        }
        try {
            return pkcs12(data, name, password);
        } catch (KeyMaterialException e) {
            if (e.getMessage().contains("password")) {
                throw e;
            }
            throw new KeyMaterialException(name + ": not a PEM, DER (PKCS#1/PKCS#8) or PKCS#12 private key");
        }
    }

    private static List<PrivateKey> pkcs12(byte[] data, String name, char[] password) throws KeyMaterialException {
        char[] pw = password == null ? new char[0] : password;
        KeyStore ks;
        try {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(data), pw);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new KeyMaterialException(name + (password == null ? ": the PKCS#12 file needs a password"
                        : ": wrong password for the PKCS#12 file"));
            }
            ks = bcPkcs12(data, name, pw);
        } catch (Exception e) {
            ks = bcPkcs12(data, name, pw);
        }
        List<PrivateKey> keys = new ArrayList<>();
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    Key k = ks.getKey(alias, pw);
                    if (k instanceof PrivateKey pk) {
                        keys.add(pk);
                    }
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new KeyMaterialException(name + ": wrong password for the key inside the PKCS#12 file");
        } catch (Exception e) {
            throw new KeyMaterialException(name + ": unreadable PKCS#12 file (" + e.getClass().getSimpleName() + ")");
        }
        return keys;
    }

    private static KeyStore bcPkcs12(byte[] data, String name, char[] pw) throws KeyMaterialException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", Bc.PROVIDER);
            ks.load(new ByteArrayInputStream(data), pw);
            return ks;
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("password")
                    || String.valueOf(e.getMessage()).contains("mac invalid")) {
                throw new KeyMaterialException(name + ": wrong password for the PKCS#12 file");
            }
            throw new KeyMaterialException(name + ": not a PKCS#12 file");
        } catch (Exception e) {
            throw new KeyMaterialException(name + ": not a PKCS#12 file");
        }
    }

    /** Bouncy Castle provider instance, used without registering it JVM-wide. */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }
}
