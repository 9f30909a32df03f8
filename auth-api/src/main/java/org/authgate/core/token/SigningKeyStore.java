package org.authgate.core.token;

import java.util.List;

/** Port: signing keys. The first node to start with none inserts one; the others read it. */
public interface SigningKeyStore {

    /** All keys, newest (highest generation) first; the newest whose time has come signs, all of them verify. */
    List<SigningKey> all();

    /** Fails with a duplicate-key error when another node took the key's generation first. */
    void insert(SigningKey key);

    /** Removes a retired key; nothing happens if another node removed it already. */
    void delete(String keyId);
}
