package org.authgate.web.dialect.kuzzle;

import org.authgate.web.dialect.DialectRefusal;

/**
 * A Kuzzle error an action answers with; rendered into the envelope by {@link KuzzleControllerResource}, which knows
 * the controller and action (so no exception mapper: Kuzzle's SDK reads them back from the envelope).
 */
final class KuzzleRefusal extends DialectRefusal {
    private final KuzzleErrorId error;
    private final String[] props;

    KuzzleRefusal(KuzzleErrorId error, String... props) {
        super(error.status(), error.id());
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
