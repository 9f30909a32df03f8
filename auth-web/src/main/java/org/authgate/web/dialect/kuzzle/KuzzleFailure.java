package org.authgate.web.dialect.kuzzle;

/** A Kuzzle error a resource answers with; rendered into the envelope by {@link KuzzleEnvelope}. */
final class KuzzleFailure extends RuntimeException {
    private final KuzzleErrorId error;
    private final String[] props;

    KuzzleFailure(KuzzleErrorId error, String... props) {
        super(error.id(), null, false, false);
        this.error = error;
        this.props = props.clone();
    }

    KuzzleErrorId error() {
        return error;
    }

    String[] props() {
        return props.clone();
    }
}
