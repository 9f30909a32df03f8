package org.authgate.core.token;

import java.util.List;

/** Port: signing keys. The first node to start with none inserts one; the others read it. */
public interface SigningKeyStore {

    /** All keys, newest first; the active ones sign, all of them verify. */
    List<SigningKey> all();

    void insert(SigningKey key);
}
